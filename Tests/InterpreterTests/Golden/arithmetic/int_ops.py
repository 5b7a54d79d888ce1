# Basic integer arithmetic.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, -(-a))
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 100)
print(10 / 2, type(10 / 2).__name__)
print(7 // 1, 0 // 5, 0 % 5)
print(3 * 4 + 2, 3 * (4 + 2), 2 + 3 * 4 ** 2)
print(100 - 10 - 5, 100 / 10 / 5, 2 ** 3 ** 2)
print(1000000 * 1000000)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
