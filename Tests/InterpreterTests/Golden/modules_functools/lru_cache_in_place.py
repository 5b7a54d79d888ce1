# lru_cache calls the wrapped function with the arguments where they lie; statistics,
# cache_clear (which keeps the tables) and recursion behave as in CPython.
import functools


@functools.lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for _ in range(3):
    fib.cache_clear()
    print(fib(60), fib.cache_info())


@functools.cache
def mul(a, b):
    return a * b


print(sum(mul(i % 10, i % 7) for i in range(1000)), mul.cache_info())
print(mul(2, 3), mul(2.0, 3), mul(b=3, a=2), mul(2, b=3), mul.cache_info())


@functools.lru_cache(maxsize=0)
def none(x):
    return x + 1


print(none(1), none(1), none.cache_info())


@functools.lru_cache(maxsize=2)
def small(*args, **kwargs):
    return (args, sorted(kwargs.items()))


print(small(), small(1), small(1, 2), small(1), small(), small.cache_info())
small.cache_clear()
print(small(x=1), small(x=1), small.cache_info())


@functools.lru_cache
def wrong(a, b):
    return a


try:
    wrong(1)
except TypeError as e:
    print("TypeError", e)
try:
    wrong([1], 2)
except TypeError as e:
    print("TypeError", e)


class K:
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        return x * 2


k = K()
print(k.m(3), k.m(3), K.m.cache_info())


# A key whose __hash__ and __eq__ call the same cached function while a look-up is under way.
@functools.lru_cache(maxsize=None)
def pair(a, b):
    return (a, b)


class Reentrant:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        pair(self.n, "from hash")
        return hash(self.n)

    def __eq__(self, other):
        pair(self.n, "from eq")
        return isinstance(other, Reentrant) and other.n == self.n

    def __repr__(self):
        return f"R({self.n})"


# (how many times a tuple key hashes its items differs from CPython, so the hit counts are not shown)
r1, r2 = Reentrant(1), Reentrant(1)
print(pair(r1, 2), pair(r2, 2), pair(r1, 2), pair.cache_info().currsize)
print(pair(1, "from hash"), pair.cache_info().misses, pair.cache_info().currsize)
