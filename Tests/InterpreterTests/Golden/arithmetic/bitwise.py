# Bitwise operators on ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)
print(-5 & 0xFF, -5 | 2, -5 ^ 3)
print(0xFF & 0x0F, 0xF0 | 0x0F)
x = 6
x &= 3
print(x)
x |= 8
print(x)
x ^= 1
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
print(True & False, True | False, True ^ True)
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
