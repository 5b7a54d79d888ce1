# gcd, factorial, comb, perm, prod, fsum.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6))
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.comb(5, 2), math.comb(10, 0), math.perm(5, 2), math.perm(4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError:', e)
