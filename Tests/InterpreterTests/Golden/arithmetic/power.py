# Exponentiation: precedence, negative and fractional exponents.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(4 ** 0.5, 27 ** (1 / 3), 2 ** 0.5)
print(10 ** 18, 10 ** -3, 10.0 ** 3)
print(0 ** 5, 0.0 ** 0, 1.5 ** 2)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(2.0, 3))
x = 3
print(3 * x ** 2 + 2 * x + 1)
print(-x ** 2, (-x) ** 2)
