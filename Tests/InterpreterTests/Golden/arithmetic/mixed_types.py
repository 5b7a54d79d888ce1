# Mixing int, float and bool in arithmetic.
print(1 + 2.0, 3 * 0.5, 7 - True, True + 2.5)
print(type(1 + 1).__name__, type(1 + 1.0).__name__, type(True + True).__name__)
print(2 * 3.0 == 6, 6 // 4.0, 6 % 4.0)
print(10 ** 2.0, 10.0 ** 2, 4 ** -0.5)
print(abs(-2), abs(-2.5), abs(True))
print(sum([1, 2.5, True]), sum([True, True, False]))
print(1 == 1.0 == True)
print(round(7 / 2), round(7.0 / 2, 1))
