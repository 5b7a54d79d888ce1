# math constants.
import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf))
print(round(math.pi, 4), f'{math.e:.10f}')
