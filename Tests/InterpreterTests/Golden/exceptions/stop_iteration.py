# StopIteration from next(), and next() with a default.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
print(next(it, None))
def gen():
    yield 1
g = gen()
print(list(g), next(g, 'empty'))
