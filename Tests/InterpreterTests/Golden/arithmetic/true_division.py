# True division always returns a float.
print(1 / 2, 4 / 2, -1 / 2, 1 / -4)
print(7 / 7, 0 / 5, -0 / 5, 0 / -5)
print(1 / 3 * 3, 2 / 3)
print(10 / 4 == 2.5, 9 / 3 == 3)
print(1 / 8, 1 / 1024, 1 / 3e5)
print(22 / 7)
print(2 ** 53 / 2, (2 ** 53 + 1) / 1)
