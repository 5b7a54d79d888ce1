# Trigonometric functions.
import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), round(math.sin(math.pi), 12))
print(math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(1))
print(math.degrees(math.pi), math.radians(180))
print(math.tanh(0.5), math.sinh(1), math.cosh(0))
def sigmoid(x): return 1 / (1 + math.exp(-x))
print([round(sigmoid(x), 4) for x in [-4, -1, 0, 1, 4]])
