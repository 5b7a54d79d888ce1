# functools.partial of Python functions and bound methods called from Python code (the VM
# enters the function in its loop): stored and given arguments, keyword merging (given keywords
# win), defaults, *args/**kwargs, generators, recursion through a partial, errors, subclasses.
import functools


def f(a, b, c=0, *rest, d=1, **extra):
    return (a, b, c, rest, d, extra)


p0 = functools.partial(f)
p1 = functools.partial(f, 1)
p2 = functools.partial(f, 1, 2, d=5)
pk = functools.partial(f, c=3, z=9)
print(p0(1, 2), p1(2), p1(2, 3, 4, 5), p2(), p2(3, d=6), p2(d=7, y=8))
print(pk(1, 2), pk(1, 2, c=4), pk(a=1, b=2, z=0), pk(1, b=2))
print(functools.partial(f, z=1, y=2)(1, 2, x=3, z=4), functools.partial(f, y=2)(1, 2, y=3, x=4))
nested = functools.partial(functools.partial(f, 1, d=2), 2, e=3)
print(nested(), nested(9), nested.args, nested.keywords)


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x, scale=1):
        self.total += x * scale
        return self.total


acc = Acc()
add = functools.partial(acc.add, scale=10)
unbound = functools.partial(Acc.add, acc)
for i in range(5):
    add(i)
    unbound(i)
print(acc.total, add(1, scale=100), unbound(1, 2))


def gen(n, step=1):
    yield from range(0, n, step)


g = functools.partial(gen, step=2)
print(list(g(7)), list(g(7, step=3)))


def fact(n):
    return 1 if n <= 1 else n * pfact(n - 1)


pfact = functools.partial(fact)
print(pfact(20), [pfact(i) for i in range(6)])

for call in [lambda: p1(), lambda: p2(1, 2, 3, a=1), lambda: pk(1), lambda: functools.partial(f, 1, 2, 3)(b=1),
             lambda: functools.partial(len)(1, 2), lambda: functools.partial(f, x=1)(1, 2, x=2, b=3)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)


class MyPartial(functools.partial):
    def __call__(self, *args, **kwargs):
        return ('mine', super().__call__(*args, **kwargs))


mp = MyPartial(f, 1)
print(mp(2), [mp(i)[1][1] for i in range(3)])


def boom(x):
    raise ValueError('boom %d' % x)


pb = functools.partial(boom)
try:
    pb(3)
except ValueError as e:
    print('ValueError:', e)
t = 0
p_add = functools.partial(lambda a, b: a * 10 + b, 7)
for i in range(1000):
    t += p_add(i)
print(t)
