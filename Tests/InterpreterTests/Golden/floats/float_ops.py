# Float arithmetic results printed with shortest repr.
print(0.1 + 0.2, 0.1 + 0.7, 1.1 + 2.2, 3.3 - 1.1)
print(0.1 * 0.1, 1.1 * 3, 2.2 / 2, 100 * 1.1)
print(1e-5 * 3, 1e-5 / 3, 1e16 / 3)
print(9.95 * 10, 4.35 * 100, 0.07 * 100)
print(1 - 0.9, 1 - 0.99)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.1] * 10))
print(3.0 * 1.5, 2.5 * 4, 1 / 0.5)
print(1e22, 1e21, 1e23, 123e20)
print(0.000001, 0.0000001, 1234567890123456789.0)
