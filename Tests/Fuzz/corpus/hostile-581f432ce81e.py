import math; x = math.ldexp(1.0, 2**40)
