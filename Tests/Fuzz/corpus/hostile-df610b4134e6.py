import math; x = math.exp(1000)
