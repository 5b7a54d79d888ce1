# return in a generator stops iteration; its value goes into StopIteration.
def gen(n):
    for i in range(n):
        if i == 2:
            return 'stopped early'
        yield i
print(list(gen(10)))
g = gen(10)
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
def empty():
    return
    yield
print(list(empty()))
