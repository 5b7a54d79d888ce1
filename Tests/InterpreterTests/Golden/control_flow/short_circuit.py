# Short-circuit evaluation prevents errors and side effects.
items = []
print(len(items) > 0 and items[0] > 3)
d = {}
print('k' in d and d['k'])
x = 0
print(x != 0 and 10 / x > 1)
print(x == 0 or 10 / x)
calls = []
def f(n):
    calls.append(n)
    return n
r = f(0) and f(1)
r2 = f(2) or f(3)
r3 = f(None) or f('') or f([])
print(r, r2, repr(r3), calls)
if f(4) > 3 and f(5) < 3:
    print('no')
print(calls)
