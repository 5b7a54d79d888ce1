# lru_cache: hits and misses, eviction order, keyword and typed keys, recursion, methods,
# cache_clear, cache_parameters and the wrapper's attributes.
import functools
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n


print(square(2), square(3), square(2), square(4), square(3), square(2))
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())
print(square.cache_info().hits, square.cache_info()._fields, square.cache_parameters())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.__name__, fib.__qualname__, fib.__wrapped__.__name__, fib.__doc__)


@lru_cache
def kw(a, b=1, *, c=2):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1), kw(1, 1), kw(a=1), kw(1, c=2), kw(1, b=1, c=2), kw(1, c=2, b=1), calls)
print(kw.cache_info(), kw.cache_parameters())


@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x


calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), calls, typed.cache_info().currsize)


@lru_cache(maxsize=0)
def never(x):
    return x * 2


print(never(1), never(1), never.cache_info())


@cache
def tupled(x, y):
    return (x, y)


print(tupled(1, 2), tupled(1, 2), tupled((1,), "a"), tupled.cache_info())


class Vec:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def scaled(self, k):
        return self.n * k


v = Vec(3)
print(v.scaled(2), v.scaled(2), Vec(4).scaled(2), Vec.scaled.cache_info())
try:
    square([1])
except TypeError as e:
    print("TypeError", e)


@lru_cache(maxsize=None)
def fails(x):
    raise ValueError(x)


for _ in range(2):
    try:
        fails(1)
    except ValueError as e:
        print("ValueError", e, fails.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)
print(lru_cache(maxsize=-5)(abs).cache_parameters())
