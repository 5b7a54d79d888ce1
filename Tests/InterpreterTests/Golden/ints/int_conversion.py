# int() from strings, floats and bools.
print(int('42'), int(' 7 '), int('-3'), int('+8'), int('1_000'))
print(int('ff', 16), int('FF', 16), int('0x1f', 16), int('0x1f', 0), int('0b101', 0), int('0o17', 0))
print(int('777', 8), int('z', 36), int('101', 2))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e16))
print(int(True), int(False), int(), int('0'))
print(int('  -12  '))
for bad in ['x', '', '1.5', '12a', ' ']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
