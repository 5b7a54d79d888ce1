# Calls the VM enters without building argument lists: bound methods held in variables,
# class/static methods, super(), *args/**kwargs functions, keyword calls, f(*args), and
# Python callbacks from native code. Every call below must bind exactly as CPython does,
# including the errors (which the general binding reports).


def show(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


class Base:
    def __init__(self, x):
        self.x = x

    def value(self, extra=0):
        return self.x + extra

    def both(self, a, b=2, *rest, **named):
        return (self.x, a, b, rest, sorted(named.items()))


class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def value(self, extra=0):
        return super().value(extra) + self.y


class Maker:
    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls, x, scale=1):
        return (cls.__name__, cls.twice(x) * scale)


# Bound methods called through a variable, with and without defaults and keywords.
b = Base(3)
f = b.value
print([f() for _ in range(3)], f(4), f(extra=5))
show("too many", f, 1, 2)
show("bad keyword", f, nope=1)
show("twice", f, 1, extra=2)
g = b.both
print(g(1), g(1, 3, 4, 5), g(1, b=7, c=8), g(a=9))
show("both missing", g)
print(Derived(1, 10).value(), Derived(1, 10).value(extra=100))
print(Maker.twice(4), Maker.make(5), Maker.make(5, scale=3), Maker().make(x=2))


# *args / **kwargs functions called positionally.
def star(*args):
    return args


def star_after(a, b=5, *args):
    return a, b, args


def kw_only(**kw):
    return sorted(kw.items())


def both_stars(a, *args, **kw):
    return a, args, sorted(kw.items())


print(star(), star(1), star(1, 2, 3), star_after(1), star_after(1, 2), star_after(1, 2, 3, 4))
print(kw_only(), kw_only(x=1, y=2), both_stars(1), both_stars(1, 2, 3, k=4, a2=5))
show("star_after none", star_after)
show("kw_only positional", kw_only, 1)
show("both_stars twice", both_stars, 1, a=2)


def posonly(a, b, /, **kw):
    return a, b, sorted(kw.items())


print(posonly(1, 2, a=3, b=4))
show("posonly as keyword", posonly, 1, b=2)


# Keyword calls of plain functions.
def kw(a, b, c=3, d=4):
    return a, b, c, d


print(kw(1, 2), kw(1, b=2), kw(a=1, b=2, d=9), kw(1, 2, d=0, c=-1), kw(b=1, a=2))
show("missing a", kw, b=1)
show("multiple a", kw, 1, a=1)
show("unexpected", kw, 1, 2, e=5)
show("too many", kw, 1, 2, 3, 4, 5)


# Decorators forwarding *args and **kwargs.
def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def decorated(x, y=1):
    return x + y


print([decorated(i) for i in range(3)], decorated(1, 2), decorated(1, y=5), decorated(x=2))
show("decorated missing", decorated)
show("decorated extra", decorated, 1, 2, 3)

# f(*args) of functions and bound methods.
args = (1, 2)
print(kw(*args), kw(*args, d=7), f(*()), f(*(10,)), g(*[1, 2, 3]), star(*range(5)))
show("unpack too many", kw, *range(6))

# Python callbacks from native code, including one that raises.
data = [5, 3, 8, 1]
print(sorted(data, key=lambda v: -v), max(data, key=lambda v: v % 4), list(map(lambda v: v * 2, data)))
print(list(filter(lambda v: v > 2, data)), min(data, key=b.value))


def bad_key(v):
    if v == 8:
        raise KeyError(v)
    return v


show("raising key", sorted, data, key=bad_key)


# Exceptions made by their native constructor, with and without an __init__ of their own.
class Plain(ValueError):
    pass


class WithInit(ValueError):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.parts = (a, b)


class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self


for make in (lambda: ValueError(1), lambda: ValueError(), lambda: ValueError(1, 2), lambda: Plain("p"),
             lambda: WithInit(1, 2), lambda: WithNew(1, 2)):
    try:
        raise make()
    except ValueError as e:
        print(type(e).__name__, e.args, str(e), getattr(e, "parts", None))
show("keyword to exception", ValueError, x=1)


# Recursion through bound methods and *args functions still ends in RecursionError.
class Deep:
    def down(self, n):
        return self.down(n + 1)


def deep_star(*args):
    return deep_star(*args)


for fn in (Deep().down, deep_star):
    try:
        fn(0)
    except RecursionError as e:
        print("RecursionError", e)
