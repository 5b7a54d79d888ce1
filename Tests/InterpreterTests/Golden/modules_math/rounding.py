# floor, ceil, trunc return ints; fabs, copysign, fmod return floats.
import math
for x in [2.5, -2.5, 3.0, -0.2, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e16))
