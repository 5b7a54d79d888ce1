# functools.lru_cache memoizes calls.
from functools import lru_cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
print(fib(30), len(calls))
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2))
@lru_cache
def plain(x):
    return x + 1
print(plain(1), plain(1))
