# round() uses banker's rounding and exact binary values.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(7), round(7.0), round(7.0, 0), round(7, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(0.982826292514801, 4), round(1e-05, 5), round(5435.53662109375, 2))
print(round(-0.4), round(0.49999999999999994))
