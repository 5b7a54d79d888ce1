# Tricky float reprs: exponent thresholds and rounding.
for x in [1e15, 1e16, 1e17, 9999999999999998.0, 123456789012345.6, 0.0001, 0.00001,
          1.5e-07, 2 ** -20, 1 / 7, 100.0 / 7, 5e-324, 2.2250738585072014e-308]:
    print(repr(x))
print(1.0, 10.0, 1e1, 1e0, -1e-10)
print(2.5e-5, 0.00025, 25e3)
