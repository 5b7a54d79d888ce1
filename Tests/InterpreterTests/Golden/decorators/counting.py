# A decorator keeping state on the wrapper and in a closure.
def count_calls(f):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def work(x):
    return x + 1
for i in range(5):
    work(i)
print(work.calls)
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print('computing', n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
