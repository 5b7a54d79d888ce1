import math; print(math.isqrt(2**200), math.isqrt(0))
