# Integer division stays exact for large ints; true division rounds.
a = 10 ** 17 + 1
print(a // 1, a / 1, a % 10)
print(9007199254740993 // 1, 9007199254740993 / 1)
print(divmod(10 ** 18, 7))
print(abs(-5), abs(-9223372036854775807))
print(max(2 ** 60, 2 ** 61), min(-2 ** 60, 3))
