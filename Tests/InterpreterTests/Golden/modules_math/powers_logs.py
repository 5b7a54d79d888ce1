# sqrt, exp, log (with base), log2, log10, pow.
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25))
print(math.exp(0), math.exp(1), math.exp(-1))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1))
print(math.log2(1024), math.log10(0.001), math.log10(2))
print(math.pow(2, 10), math.pow(2, 0.5), 2 ** 0.5 == math.sqrt(2))
print(math.hypot(3, 4), math.isqrt(99), math.isqrt(100))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.log(0)
except ValueError as e:
    print('ValueError:', e)
