import math; x = math.ceil(float("nan"))
