# Floor division and modulo round toward negative infinity.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, -3), (1, 10), (-1, 10)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2 * 2 + -7 % 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-1 % 3.0, 5 % -0.75)
print(divmod(-7.5, 2), divmod(7, 0.5))
print(-3 // 1, int(-3 / 2), -3 // 2)
