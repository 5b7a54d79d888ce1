from fractions import Fraction as F
import math

print(F(3, 4), repr(F(3, 4)), F(6, 8), F(-6, 8), F(6, -8), F(0, 5), F(5), F(), repr(F(10, 5)))
print(F('3/4'), F(' -7/21 '), F('1.25'), F('-0.125'), F('1e-3'), F('2.5E2'), F('.5'), F('5.'), F('1_000/3'), F('+3'))
print(F(0.5), F(0.1), F(-2.75), F(1e20), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(3, F(1, 2)), F(True, 2))
print(F.from_float(0.1), F.from_float(3), F(1, 3).as_integer_ratio())
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(F(-2, 3)))
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, 7 // a, a // 1, 7 % F(2, 3), divmod(7, F(2, 3)))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 1.0 - a, a ** 2, a ** -2, F(-2, 3) ** 3, F(-2, 3) ** -3, 2 ** F(3), 4 ** F(1, 2), F(4) ** F(1, 2), F(9, 4) ** 0.5)
print(F(0) ** 0, F(5, 1) ** F(2), 2.0 ** F(1, 2), F(1, 2) ** 0)
print(sum([F(1, n) for n in range(1, 11)]), sum(F(1, 2 ** k) for k in range(20)))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(1, 2) != 0.5, a < b, a > b, a <= 1, a >= 0.3, F(1, 2) < 0.6, 0.6 > F(1, 2))
print(F(1, 2) < float('inf'), F(1, 2) == float('nan'), F(1, 2) > float('-inf'), F(5, 2) > 2, 3 > F(5, 2))
print(float(a), int(F(-7, 2)), int(F(7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(22, 7), 2), round(F(1234, 1), -2), round(F(1, 3), 0), bool(F(0)), bool(F(1, 9)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)), len({F(1, 2), 0.5, F(2, 4)}))
print(F('3.1415926535897932').limit_denominator(1000), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(), F(1, 3).limit_denominator(5))
print(F(125, 1000).limit_denominator(1), F(-355, 113).limit_denominator(10), F(0.1).limit_denominator(10))
print(F(2 ** 100, 3 ** 50), F(10 ** 30 + 1, 10 ** 15), F(1, 3).numerator, F(1, 3).denominator)
print(format(F(1, 3)), f'{F(3, 4)}', str(F(4, 2)), sorted([F(1, 2), 0.3, 1, F(1, 3)]), max(F(1, 2), F(2, 3)))
class MyF(F):
    pass
print(repr(MyF(2, 4)), isinstance(MyF(1), F))
