# Float methods and properties.
print((3.0).is_integer(), (3.5).is_integer())
print(1.0 == 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(int(2.9999999999999996), int(2.999999999999999))
print(7.0 // 2, -7.0 // 2, 7.0 % 3, 2.0 ** 10)
print(1e300 * 1e300, -1e300 * 1e300)
print(float(10 ** 16), 10 ** 16 / 1)
