# yield from a non-iterable raises TypeError when the generator runs
def g():
    yield 1
    yield from 5

for value in g():
    print(value)
