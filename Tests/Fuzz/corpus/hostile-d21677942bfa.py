import math; x = math.isqrt(-1)
