import math; print(math.floor(1e300) % 1000, math.ceil(-1e300) % 1000)
