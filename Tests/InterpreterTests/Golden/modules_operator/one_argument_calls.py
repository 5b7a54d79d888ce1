# Native callables called with one argument in loops (itemgetter, attrgetter, partial,
# methodcaller, cmp_to_key's key maker), their errors, and their subclasses.
import functools
import operator
from collections import namedtuple

Point = namedtuple("Point", "x y")
pts = [Point(i, -i) for i in range(50)]
gx, gy, gxy = operator.attrgetter("x"), operator.attrgetter("y"), operator.attrgetter("x", "y")
i0, i01 = operator.itemgetter(0), operator.itemgetter(0, 1)
up = operator.methodcaller("upper")
add5 = functools.partial(operator.add, 5)
print(sum(gx(p) - gy(p) for p in pts), [gxy(p) for p in pts[:2]], sum(i0(p) for p in pts), i01(pts[3]))
print([up(s) for s in ["a", "bc"]], [add5(i) for i in range(3)])
K = functools.cmp_to_key(lambda a, b: a - b)
print([K(i).obj for i in range(3)])
for bad in [lambda: gx(5), lambda: i0(5), lambda: i0([]), lambda: up(3), lambda: add5("x")]:
    try:
        bad()
    except (AttributeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)


class MyPartial(functools.partial):
    def __call__(self, *args):
        return ("mine", super().__call__(*args))


mp = MyPartial(operator.mul, 3)
print([mp(i) for i in range(3)])


def reads_name():
    g = operator.attrgetter("missing")
    try:
        g(pts[0])
    except AttributeError as e:
        return str(e)


print(reads_name())
