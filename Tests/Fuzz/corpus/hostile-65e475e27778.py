import sys, math; print(math.isqrt(sys.maxsize))
