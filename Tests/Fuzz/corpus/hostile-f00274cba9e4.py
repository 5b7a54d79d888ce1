import math; x = math.log(-1)
