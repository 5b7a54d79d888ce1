import math; print(math.comb(2**70, 2) % 1000, math.perm(2**70, 2) % 1000)
