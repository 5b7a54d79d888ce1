# Special methods the language calls implicitly (hash and equality in sets and dicts, operators,
# repr/str, len, iteration, containment) run user Python functions with their arguments in
# place; their results and errors are CPython's.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        return Vec(self.x + o, self.y + o)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)


s = {Vec(i, i) for i in range(5)}
print(Vec(3, 3) in s, Vec(3, 4) in s, len(s))
d = {Vec(1, 2): "a"}
print(d[Vec(1, 2)], d.get(Vec(2, 1)))
print(Vec(1, 2) + Vec(3, 4), 1 + Vec(1, 1), -Vec(1, 2), Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(1, 2))
print(len(Vec(0, 0)), list(Vec(5, 6)), 5 in Vec(5, 6), repr(Vec(7, 8)), str(Vec(9, 9)), "%s" % Vec(1, 1))
print(sorted([Vec(2, 1), Vec(1, 2), Vec(1, 1)]), max(Vec(1, 1), Vec(2, 0)))
print(f"{Vec(3, 4)!r}", [Vec(1, 1)], (Vec(1, 1),))


class BadHash:
    def __hash__(self):
        return "no"


class BadRepr:
    def __repr__(self):
        return 5


class BadLen:
    def __len__(self):
        return -1


class NeedsTwo:
    def __hash__(self, extra):
        return 1


class DefaultArg:
    def __hash__(self, extra=7):
        return extra

    def __eq__(self, other, flag=True):
        return flag


print(hash(DefaultArg()) == 7, DefaultArg() == 1, {DefaultArg()} == {DefaultArg()})


class Iter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(sum(Iter(5)), list(Iter(3)))


class NotImpl:
    def __add__(self, o):
        return NotImplemented

    def __eq__(self, o):
        return NotImplemented


print(NotImpl() == NotImpl())
for bad in (lambda: {BadHash()}, lambda: repr(BadRepr()), lambda: len(BadLen()), lambda: {NeedsTwo()},
            lambda: NotImpl() + 1, lambda: hash([])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
