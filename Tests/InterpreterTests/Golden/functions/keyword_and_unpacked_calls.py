# Calls with keywords, `*args` and `**kwargs`, many times over: the bound values, the
# `**kwargs` dict (its keys, their order), and the errors.


def f_kwargs(**kw):
    return kw


def f_both(a, *args, b=0, **kw):
    return a, args, b, kw


def f_kw(a, b=2, c=3):
    return a * 100 + b * 10 + c


results = []
for i in range(3):
    results.append(f_kwargs(x=i, y=2))
    results.append(f_both(i, 1, 2, b=3, z=4))
    results.append(f_kw(a=i, b=2) + f_kw(i, 2, c=1))
print(results)

kw = {"b": 5, "c": 6}
args = (1, 2, 3)
print([f_kw(*args) + f_kw(i, **kw) for i in range(3)])
print(f_kw(*[7], **{"c": 9}), f_kw(*(x for x in [1, 2])))
print(f_kwargs(**{"a": 1}, **{"b": 2}), f_both(*range(4), **kw))

d = f_kwargs(first=1, second=2, third=3)
print(list(d), type(d) is dict, d == {"first": 1, "second": 2, "third": 3})
d["fourth"] = 4
print(d, f_kwargs(**d) == d, f_kwargs(**d) is d)

# dict() with keywords, empty, and with a source and keywords.
print([dict(a=1, b=i) for i in range(3)], dict(), dict({"x": 1}, y=2), dict([("p", 1)], q=2))
print(len(dict(**{"k": 1})), dict(a=1) == {"a": 1}, list(dict(z=1, a=2)))


class Sub(dict):
    pass


print(Sub(a=1), type(Sub(a=1)).__name__)

# Methods, classes and builtins called with unpacking.
class Point:
    def __init__(self, x, y=0, **extra):
        self.x, self.y, self.extra = x, y, extra

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(*(1,), **{"y": 2, "color": "red"})
print(p.x, p.y, p.extra)
q = p.moved(**{"dx": 10})
print(q.x, q.y, Point.moved(p, *(1, 1)).x)
print(max(*[3, 9, 4]), sorted(*[[3, 1, 2]], **{"reverse": True}), "-".join(*[["a", "b"]]))
print(list(map(*[abs, [-1, -2]])), int(*["ff"], **{"base": 16}))


def gen():
    yield 1
    raise ValueError("from the argument generator")


for _ in range(2):
    try:
        f_kw(*gen())
    except ValueError as e:
        print("caught", e)

for call in [lambda: f_kw(**{"d": 1}), lambda: f_kw(1, **{"a": 2}), lambda: f_kw(**{1: 2}),
             lambda: f_kw()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# Recursion through *args still reaches RecursionError.
def spread(*a):
    return spread(*a)


try:
    spread(1, 2)
except RecursionError:
    print("RecursionError")
