# Ints past 64 bits: results overflow into big ints and come back to small ints when they fit.
big = 2 ** 64
print(big, type(big), type(big) is int, isinstance(big, int))
print(2 ** 63, -2 ** 63, 2 ** 63 - 1, -(2 ** 63) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 3037000500 * 3037000500)
print(big - big, type(big - big), big // big, (big + 1) % big)
print(12345678901234567890123456789 * 98765432109876543210987654321)
print(123456789012345678901234567890 + -123456789012345678901234567891)
print(-big, abs(-big), +big, -(-big), abs(-9223372036854775808))
print(0x1234567890abcdef1234567890abcdef, 0o7777777777777777777777777, 0b1 << 70)
print(10 ** 30, 10 ** 30 // 7, 10 ** 30 % 7, divmod(10 ** 30, 7), divmod(-10 ** 30, 7))
print(divmod(10 ** 30, -7), divmod(-10 ** 30, -7), divmod(10 ** 40, 10 ** 20 + 1))
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(2 ** 100 - 1, (2 ** 100 - 1).bit_length(), (2 ** 100).bit_length(), (-2 ** 100).bit_length())
print(3 ** 200)
print(7 ** 77 // 3 ** 33, 7 ** 77 % 3 ** 33)
print((-7) ** 77 // 3 ** 33, (-7) ** 77 % 3 ** 33, 7 ** 77 // -(3 ** 33), 7 ** 77 % -(3 ** 33))
print(2 ** -1, 2 ** -100, (2 ** 70) ** 2, (-2) ** 127, (-1) ** (2 ** 70), (-1) ** (2 ** 70 + 1), 0 ** (2 ** 70), 1 ** (2 ** 70))
print(2 ** 10000 % 1000007, len(str(2 ** 10000)), str(2 ** 10000)[:20], str(2 ** 10000)[-20:])
x = 1
for i in range(1, 60):
    x = x * i
print(x)
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum(range(10 ** 6)) * 10 ** 12)
print(min(2 ** 80, 2 ** 79, -2 ** 90), max(2 ** 80, 3.5, 2 ** 81), sorted([2 ** 65, -2 ** 65, 0, 2 ** 64, 1.5]))
n = 10 ** 20
n += 1
n -= 10 ** 20
print(n, type(n))
m = 2 ** 70
m *= m
m //= 2 ** 75
print(m)
print(True + 2 ** 64, 2 ** 64 * True, 2 ** 64 * False)
print(int(2 ** 70), int(-2 ** 70), (2 ** 70).__index__(), (2 ** 70).numerator, (2 ** 70).denominator)
print(2 ** 70 == 2 ** 70, 2 ** 70 is not None, 2 ** 70 != 2 ** 71, bool(2 ** 70), not 2 ** 70)
print([1, 2, 3][2 ** 64 // 2 ** 63], 2 ** 64 in [2 ** 64], (2 ** 64).conjugate(), (2 ** 64).real, (2 ** 64).imag)
print(round(2 ** 70), round(2 ** 70, 2), round(123456789012345678901234567890, -10), round(-15 * 10 ** 20, -21), round(25 * 10 ** 20, -21))
print(round(2 ** 70, -100), round(-5, -1), round(15, -1), round(10 ** 19 * 5 + 1, -19))
import sys
print(list(enumerate('abc', start=sys.maxsize)), list(enumerate('ab', start=2 ** 70)), list(enumerate('ab', -(2 ** 64))))
