import math; print(math.lcm(2**62, 3))
