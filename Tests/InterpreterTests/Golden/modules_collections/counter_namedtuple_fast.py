# Counter counting an iterable, and namedtuple construction in every argument shape.
from collections import Counter, namedtuple, defaultdict, OrderedDict

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], len(c))
c.update("aab")
c.update({"z": 3})
c.update(k=2)
print(sorted(c.items()))
c2 = Counter([1, 1.0, True, 2])
print(c2)


class Loud(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


Loud("ab")


class WithGet(Counter):
    def get(self, key, default=None):
        return 10


print(WithGet("aa"))
d = defaultdict(int)
Counter.update(d, "xyx") if False else None
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
print(Point(1, 2), Point(x=1, y=2), Point(1, y=2), P3(1, 2), P3(1, 2, 3), P3(x=1, y=2))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, 2, w=3), lambda: P3()):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
p = Point(3, 4)
print(p.x + p.y, p[0], p._replace(x=9), p._asdict(), Point._make([5, 6]), tuple(p), type(p).__name__)
