from fractions import Fraction as F

cases = [lambda: F(1, 0), lambda: F('abc'), lambda: F('1/0'), lambda: F(1.5, 2), lambda: F([]), lambda: F(float('nan')),
         lambda: F(float('inf')), lambda: F('1/2.5'), lambda: F('1__0'), lambda: F(''), lambda: F('.'), lambda: F('1e'),
         lambda: F(1, 2) / 0, lambda: F(1, 2) / F(0), lambda: F(0) ** -1, lambda: F(1, 3).limit_denominator(0),
         lambda: F(1, 2) + 'a', lambda: F(1, 2) < 'a', lambda: F.from_float('x'), lambda: format(F(1, 3), '.2f'),
         lambda: F(1, 2) // 0, lambda: F(1, 2) % F(0)]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
