import math; x = math.pow(10, 400)
