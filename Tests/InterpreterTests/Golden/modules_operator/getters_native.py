# itemgetter, attrgetter and methodcaller: single and multiple operands, dotted names,
# reprs, errors and use as sort keys.
import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, x, inner=None):
        self.x = x
        self.inner = inner


rows = [(3, "c", 0.5), (1, "a", 2.5), (2, "b", 1.5)]
print(sorted(rows, key=itemgetter(0)), sorted(rows, key=itemgetter(2, 1)))
print(itemgetter(1)("abc"), itemgetter(0, -1)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(repr(itemgetter(1)), repr(itemgetter(0, "a")), repr(attrgetter("x", "inner.x")), repr(methodcaller("f", 1, k=2)))
p = P(1, P(2, P(3)))
print(attrgetter("x")(p), attrgetter("inner.x")(p), attrgetter("inner.inner.x", "x")(p))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"), methodcaller("count", "a")("banana"))
print(list(map(itemgetter(1), rows)), list(map(attrgetter("real"), [1, 2.5])))
print(type(itemgetter(1)).__name__, callable(attrgetter("x")), itemgetter(1).__call__([5, 6]))
for bad in (lambda: itemgetter(5)([1]), lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], [3]),
            lambda: attrgetter(1), lambda: attrgetter("nope")(p), lambda: attrgetter("inner.nope")(p),
            lambda: methodcaller(1), lambda: methodcaller("nope")(p), lambda: itemgetter(),
            lambda: itemgetter(1)(x=1), lambda: itemgetter("a")(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
