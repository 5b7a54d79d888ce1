# Generator bodies run lazily, between next() calls.
def gen():
    print('start')
    yield 1
    print('after first')
    yield 2
    print('finishing')
g = gen()
print('created')
print('got', next(g))
print('got', next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(next(g, 'exhausted'))
