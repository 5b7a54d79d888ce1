# Generators are their own iterators.
def gen():
    yield 'a'
    yield 'b'
g = gen()
print(iter(g) is g)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
print([x * 10 for x in Countdown(2)])
