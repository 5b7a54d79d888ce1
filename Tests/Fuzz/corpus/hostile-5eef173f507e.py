import math; print(math.log(2**10000), math.log2(2**2000), math.log10(10**500))
