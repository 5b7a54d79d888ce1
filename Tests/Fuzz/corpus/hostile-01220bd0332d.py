import math; x = math.trunc(float("-inf"))
