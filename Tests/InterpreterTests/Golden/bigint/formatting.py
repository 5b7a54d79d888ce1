# str, repr, format, hex/oct/bin and int() from text, any size.
n = 2 ** 100 + 12345
print(str(n), repr(-n), f'{n}', f'{-n}')
print(format(n, ','), format(-n, '_'), format(n, 'x'), format(n, 'X'), format(n, '#x'), format(-n, '#o'), format(n, 'b'))
print(format(n, '>50'), format(-n, '<50') + '|', format(n, '^50'), format(n, '050'), format(-n, '+050,'))
print(format(n, '+'), format(n, ' '), format(-n, '='), format(n, '*>45,'), format(n, '#_b')[:30], format(n, '_x'))
print(format(n, 'e'), format(n, '.3f'), format(n, 'g'), format(-n, '%')[:20], format(n, 'n'))
print(f'{n:,}', f'{n:>40x}', f'{-n:#040b}'[:50], f'{2**64:d}', f'{-2**64:_d}')
print(hex(n), oct(n), bin(n), hex(-n), oct(-(2 ** 64)), bin(-(2 ** 64)), hex(2 ** 64), hex(-(2 ** 63)), hex(2 ** 63))
print(int('123456789012345678901234567890'), int('-123456789012345678901234567890'), int('  +99999999999999999999  '))
print(int('1_000_000_000_000_000_000_000'), int('ffffffffffffffffffffffffff', 16), int('-0x' + 'f' * 40, 0), int('0b' + '1' * 100, 0))
print(int('z' * 30, 36), int('Zz' * 20, 36), int('777777777777777777777777', 8), int('-1' * 1, 2), int('9' * 19), int('-9223372036854775808'), int('9223372036854775808'))
print(int('1' * 4300), len(str(int('9' * 4300))), int('1' * 5000, 16) % 1000)
print(str(10 ** 4299)[:5], len(str(-(10 ** 4299))), len(repr(10 ** 4299 - 1)))
print(repr([2 ** 70, -2 ** 70]), str((2 ** 65,)), {2 ** 65: 2 ** 66}, '{} {}'.format(2 ** 64, -2 ** 64), '{:,}'.format(2 ** 64))
print(f'{2**64!r}', f'{2**64:>30}', '%s %r' % (2 ** 64, -2 ** 64), '%d' % 2 ** 64, '%x' % 2 ** 64, '%o' % -2 ** 64, '%20d|' % 2 ** 64)
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(int('9' * 5000))), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)), str(int('7' * 6000))[-5:])
sys.set_int_max_str_digits(4300)
for text in ['9' * 4301, '12 34', '0x' + 'g' * 30, '1__0' + '0' * 30, '_' + '1' * 30, '']:
    try:
        print(int(text))
    except ValueError as e:
        print('ValueError', str(e)[:120])
for value in [10 ** 4300, -(10 ** 4300), 10 ** 4300 - 1]:
    try:
        print(len(str(value)))
    except ValueError as e:
        print('ValueError', e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError', e)
print(len(hex(10 ** 5000)), len(format(10 ** 5000, 'b')))
for text, base in [('0x_ff', 0), ('0x_ff', 16), ('010', 0), ('0_0', 0), ('000', 0), ('0b1', 16), ('0b1', 0), (' -_1', 10), ('1__0', 10),
                   ('1_', 10), ('_1', 10), ('- 5', 10), ('+0o_17', 8), ('0o17', 0), ('0x', 16), ('0X1F', 0), ('  12  ', 36), ('-0', 0), ('z', 36), ('9', 8)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, 'ValueError', e)
