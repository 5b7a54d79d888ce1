# The %time-style pattern: measure a loop, print only what is deterministic.
import time
def matmul_count(n):
    ops = 0
    for i in range(n):
        for j in range(n):
            for k in range(n):
                ops += 1
    return ops
start = time.perf_counter()
ops = matmul_count(20)
elapsed = time.perf_counter() - start
print(ops, elapsed >= 0, isinstance(elapsed, float))
