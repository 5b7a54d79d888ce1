# yield from delegates iteration to sub-generators and to any iterable
def inner(n):
    for i in range(n):
        yield i

def outer():
    yield "start"
    yield from inner(3)
    yield from [10, 20]
    yield from "ab"
    yield from (x * x for x in range(3))
    yield from {"k": 1}
    yield from ()
    yield "end"

print(list(outer()))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain(range(2), iter([5, 6]), map(str, [7]))))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1

def from_object():
    yield from Countdown(3)

print(list(from_object()))

g = outer()
print(next(g), next(g), next(g))
print(list(g))
