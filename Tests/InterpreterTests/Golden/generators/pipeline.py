# Generators composed into a pipeline.
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
print(list(squared(evens(numbers(10)))))
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, squared(naturals()))))
print(sum(take(100, naturals())))
