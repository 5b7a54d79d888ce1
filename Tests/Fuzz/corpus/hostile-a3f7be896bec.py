import math; x = math.factorial(-1)
