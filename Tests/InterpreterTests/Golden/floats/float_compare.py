# Comparing floats, ints and special values.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
print(1 < 1.5 < 2, 2.0 == 2, 2.0 != 2)
print(float('inf') == float('inf'), float('nan') == float('nan'))
nan = float('nan')
print(nan in [nan])
print(max(1, 2.0), min(1.0, 1), max(2, 2.0))
print(sorted([3, 1.5, -2, 0.0, 2]))
print(-0.0 == 0.0, -0.0 < 0.0)
