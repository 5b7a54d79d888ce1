# `f(*args)`, `f(**kwargs)` and `f(*args, **kwargs)` pass the iterable and the mapping without a
# copy made by the caller: the callee must still get fresh `*args`/`**kwargs`, and every error
# must be CPython's.
import functools


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


def f(a, b=2, *rest, c=3, **extra):
    return a, b, rest, c, sorted(extra.items())


def plain(x, y=10):
    return x + y


args = [1, 2, 3]
kwargs = {"c": 4, "z": 5}
print(f(*args))
print(f(*args, **kwargs))
print(f(**{"a": 1}))
print(f(*(i for i in range(4))))
print(f(*"xy"))
print(f(*range(3), **kwargs))
print(plain(*(5,), **{"y": 1}))

# The callee's *args and **kwargs are its own.
def mutate(*a, **k):
    k["added"] = True
    return a, k


source = {"x": 1}
print(mutate(**source), source)
lst = [1, 2]
print(mutate(*lst), lst)


class Mapping:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, key):
        return key * 2


print(show(**Mapping()))


class DictSub(dict):
    pass


print(show(**DictSub(p=1, q=2)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + 1
    return wrapper


@deco
def decorated(x, y=1):
    return x + y


print(decorated(1), decorated(1, 2), decorated(1, y=5), decorated(x=3, y=4), decorated.__name__)


class Obj:
    def __init__(self, base):
        self.base = base

    def method(self, a, b=0):
        return self.base + a + b


o = Obj(100)
bound = o.method
print(bound(*[1], **{"b": 2}), Obj.method(*[o, 1]), Obj.method(o, **{"a": 1, "b": 1}))
print(max(*[3, 1, 2]), dict(**{"a": 1}), sorted(*[[3, 1, 2]], **{"reverse": True}))

for call in (lambda: plain(1, **{"x": 2}), lambda: plain(**{"q": 1}), lambda: plain(*[1, 2, 3]),
             lambda: show(**{1: 2}), lambda: plain(*[1], **{"x": 2}), lambda: Obj.method(*[o], **{"self": o})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
