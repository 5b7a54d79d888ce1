# abs(), round(), divmod() and pow().
print(abs(-3), abs(3.5), abs(-0.0), abs(0), abs(-2 ** 62))
print(round(3.7), round(-3.7), round(3.14159, 2), round(12345, -2), round(2.5), round(3.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 8), pow(2, 0.5), pow(2, -2), pow(7, 2, 5), pow(-2, 3))
print(pow(10, 3, 7), pow(0, 0))
