# Deterministic properties of time's clocks (values themselves are never printed).
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 >= t0, p1 > p0, m1 >= m0)
print(p1 - p0 >= 0.005, t0 > 1_600_000_000)
print(type(time.time_ns()).__name__, time.sleep(0) is None)
