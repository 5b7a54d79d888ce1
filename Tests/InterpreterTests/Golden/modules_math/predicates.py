# isclose, isfinite, isnan, isinf.
import math
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isnan(float('nan')), math.isinf(1e308 * 10))
