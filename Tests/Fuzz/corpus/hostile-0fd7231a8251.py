import math; print(math.gcd(-2**63, 0))
