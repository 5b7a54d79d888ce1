# collections.namedtuple's per-record methods (__new__, _make, _replace, _asdict): argument
# binding, defaults, CPython's error messages and order of checks, docs and names, subclasses.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
Rec = namedtuple('Rec', ['a', 'b', 'c'], defaults=[20, 30])
One = namedtuple('One', 'only')
Empty = namedtuple('Empty', '')


def attempt(label, thunk):
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


attempt('positional', lambda: Point(1, 2))
attempt('keywords', lambda: Point(y=2, x=1))
attempt('mixed', lambda: Point(1, y=2))
attempt('defaults', lambda: (Rec(1), Rec(1, 2), Rec(1, c=3), Rec(a=0)))
attempt('one', lambda: (One(5), One(only=6)))
attempt('empty', lambda: (Empty(), len(Empty())))
attempt('missing one', lambda: Point(1))
attempt('missing two', lambda: Point())
attempt('missing defaults', lambda: Rec())
attempt('missing three', lambda: namedtuple('T', 'a b c')())
attempt('too many', lambda: Point(1, 2, 3))
attempt('too many defaults', lambda: Rec(1, 2, 3, 4))
attempt('too many one', lambda: One(1, 2))
attempt('too many empty', lambda: Empty(1))
attempt('unexpected', lambda: Point(1, 2, z=3))
attempt('multiple', lambda: Point(1, x=2))
attempt('multiple and too many', lambda: Point(1, 2, 3, x=4))
attempt('unexpected and too many', lambda: Point(1, 2, 3, w=4))
attempt('__new__ direct', lambda: Point.__new__(Point, 3, 4))
attempt('__new__ no class', lambda: Point.__new__())
attempt('__new__ not a type', lambda: Point.__new__(5, 1, 2))
attempt('__new__ not a tuple', lambda: Point.__new__(int, 1, 2))

attempt('_make', lambda: Point._make([7, 8]))
attempt('_make iterator', lambda: Point._make(iter(range(2))))
attempt('_make short', lambda: Point._make([1]))
attempt('_make long', lambda: Point._make((1, 2, 3)))
attempt('_make not iterable', lambda: Point._make(5))
p = Point(1, 2)
attempt('_make from instance', lambda: p._make('ab'))

attempt('_replace', lambda: (p._replace(x=9), p._replace(), p._replace(y=0, x=5)))
attempt('_replace unknown', lambda: p._replace(z=1, w=2))
attempt('_replace mixed unknown', lambda: p._replace(x=3, z=1))
attempt('_replace positional', lambda: p._replace(1))
attempt('_replace defaults', lambda: Rec(1)._replace(c=0))
attempt('_asdict', lambda: (p._asdict(), Rec(1)._asdict(), Empty()._asdict()))
attempt('_asdict type', lambda: type(p._asdict()).__name__)

for method in (Point.__new__, Point._make, Point._replace, Point._asdict):
    print(method.__name__, method.__qualname__, '|', method.__doc__)
print(One.__new__.__doc__, One.__doc__)
print(Point._make.__self__ is Point)


class Sub(Point):
    def total(self):
        return self.x + self.y


s = Sub(3, 4)
print(type(s).__name__, s, s.total(), type(s._replace(x=1)).__name__, type(Sub._make([5, 6])).__name__)
print(s._asdict(), s == (3, 4), hash(s) == hash((3, 4)))


class Logged(Point):
    @classmethod
    def _make(cls, iterable):
        print('Logged._make', list(iterable))
        return super()._make([9, 9])


print(Logged(1, 2)._replace(y=5))
try:
    Logged(1, 2)._replace(q=1)
except ValueError as e:
    print('ValueError:', e)


class Renamed(Point):
    _fields = ('first', 'second')


print(Renamed(1, 2)._asdict())

# field reads in a loop see each class's own fields (the attribute cache of one instruction)
Pair = namedtuple('Pair', 'y x')
total = []
for item in [Point(1, 2), Pair(1, 2), Sub(5, 6), Point(7, 8), Pair(3, 4)]:
    total.append((item.x, item.y))
print(total)


class Shadow(Point):
    x = 'class attribute'


print([Shadow(1, 2).x for _ in range(3)], Point.x.__doc__, type(Point.x).__name__ in ('property', '_tuplegetter'))
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError:', e)
big = namedtuple('Big', ['f%d' % i for i in range(40)])
b = big(*range(40))
print(b.f0, b.f39, sum(getattr(b, 'f%d' % i) for i in range(40)), b._replace(f39=-1)[-1])

# subscripts of tuples and tuple subclasses (the subscript fast path) and itemgetter on them
from operator import itemgetter


class Mine(tuple):
    def __getitem__(self, i):
        return ('mine', i)


rows = [(1, 2, 3), Point(4, 5), Mine((6, 7)), Sub(8, 9), (10, 11)]
print([r[0] for r in rows], [r[-1] for r in rows], [itemgetter(1)(r) for r in rows])
print([r[1:] for r in rows[:2]], [r.x for r in rows[1:2]])
for bad in [lambda: (1, 2)[2], lambda: Point(1, 2)[-3], lambda: itemgetter(5)(Point(1, 2)), lambda: rows[0]['a']]:
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
