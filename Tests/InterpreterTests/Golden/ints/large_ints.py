# Ints up to the 64-bit range (no test goes beyond 2**63).
big = 2 ** 62
print(big, big + (big - 1))
print(9223372036854775807, -9223372036854775807 - 1)
print(3037000499 * 3037000499)
f = 1
for i in range(1, 21):
    f *= i
print(f)
print(10 ** 18 + 10 ** 18)
print(4611686018427387904 // 3, 4611686018427387904 % 7)
print(-(2 ** 62) * 2)
print(int(9.2e18))
print(1 << 62, (1 << 62) >> 61)
