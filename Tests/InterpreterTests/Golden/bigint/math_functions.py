# math's integer functions, pow with a modulus and memoized recursion on big ints.
import math
from functools import lru_cache
print(math.factorial(100))
print(math.factorial(25), math.factorial(0), len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(math.isqrt(10 ** 40), math.isqrt(2 ** 127), math.isqrt(10 ** 100 - 1), math.isqrt(2 ** 64), math.isqrt(2 ** 64 - 1), math.isqrt(0), math.isqrt(99))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(-(2 ** 80), 2 ** 70 * 3), math.gcd(), math.gcd(0, -(10 ** 30)), math.gcd(12, 18, 2 ** 90))
print(math.lcm(2 ** 70, 3 ** 40), math.lcm(10 ** 20, 10 ** 15, 7), math.lcm(), math.lcm(0, 2 ** 70), math.lcm(-(2 ** 65), 3))
print(math.comb(100, 50), math.comb(2 ** 70, 2), math.comb(60, 30), math.comb(5, 7), math.perm(30), math.perm(40, 20), math.perm(2 ** 64, 2))
print(math.floor(2 ** 70), math.ceil(-(2 ** 70)), math.trunc(2 ** 70), math.floor(1e20), math.ceil(-1.5e25), math.trunc(2.0 ** 80 + 2.0 ** 40))
print(math.log(2 ** 10000), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(10 ** 400, 10), math.log(2 ** 64), math.log2(8), math.log10(1000))
print(math.sqrt(2 ** 100), math.sqrt(10 ** 300), math.isclose(2 ** 64, 2.0 ** 64), math.fabs(-(2 ** 70)), math.copysign(2 ** 65, -1))
print(pow(2, -1, 7), pow(3, -2, 11), pow(2, 10 ** 20, 10 ** 9 + 7), pow(2 ** 100, 2 ** 100, 2 ** 61 - 1), pow(-3, 5, 7), pow(3, 5, -7), pow(2, 100, 2 ** 80))
print(pow(-(2 ** 70), 3, 10 ** 25), pow(5, 0, 1), pow(5, 3, -1), pow(38, -1, 97), pow(2 ** 100 + 1, -1, 2 ** 89 - 1), pow(-2, -1, 7))
print(pow(2, 100), pow(2, -2), pow(-2, 101), pow(2.0, 100), pow(10, 25, 10 ** 30))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(200), fib(300))
print(sum(i * i for i in range(2 ** 64, 2 ** 64 + 10)) if False else sum(2 ** 64 + i for i in range(10)))
import sys
print(round(-sys.maxsize - 1, -1), round(9 * 10 ** 18, -19), math.gcd(-sys.maxsize - 1, 0), math.lcm(2 ** 62, 3), (1e300).as_integer_ratio()[0] % 10 ** 9)
print(-sys.maxsize - 2, abs(-sys.maxsize - 1), -(-sys.maxsize - 1), (-sys.maxsize - 1) // -1, (-sys.maxsize - 1) * -1)
