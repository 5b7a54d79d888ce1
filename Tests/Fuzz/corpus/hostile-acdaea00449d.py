import math; x = math.comb(-1, 2)
