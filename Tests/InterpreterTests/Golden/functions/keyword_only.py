# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
def g(*args, sep='-'):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep='+'), g())
def h(x, *rest, flag=False, **extra):
    return x, rest, flag, extra
print(h(1), h(1, 2, 3, flag=True, z=9))
