import math; x = math.floor(float("inf"))
