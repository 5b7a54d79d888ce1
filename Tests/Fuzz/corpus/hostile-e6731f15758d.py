import math; print(math.ldexp(1.0, -2**40), math.ldexp(0.0, 2**63), math.ldexp(float("inf"), -5))
