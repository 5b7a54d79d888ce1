import math; x = math.factorial(2.5)
