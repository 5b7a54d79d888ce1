# Subscripts of instances of subclasses of tuple, list and dict: overrides defined, added to the
# class later, inherited, and removed again; namedtuple fields read by index in a loop.
from collections import namedtuple

P = namedtuple("P", "x y")
pts = [P(i, 2 * i) for i in range(100)]
print(sum(p.x + p.y for p in pts), sum(p[0] - p[1] for p in pts), pts[5][-1], pts[3][:1])


class T(tuple):
    pass


t = T((1, 2, 3))
print(t[0], t[-1])
T.__getitem__ = lambda self, i: ("T", i)
print(t[0], t[5])
del T.__getitem__
print(t[0], t[1:])


class D(dict):
    pass


class E(D):
    pass


e = E(a=1)
e["b"] = 2
print(sorted(e.items()))
D.__setitem__ = lambda self, k, v: dict.__setitem__(self, k, v * 10)
D.__getitem__ = lambda self, k: ("got", dict.__getitem__(self, k))
e["c"] = 3
print(e["c"], e["a"], dict.__getitem__(e, "c"))
del D.__setitem__
e["d"] = 4
print(e["d"])
del D.__getitem__
print(e["d"], sorted(e))


class L(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, -v)


l = L([0, 0, 0])
for i in range(3):
    l[i] = i + 1
print(l)
try:
    pts[0][2]
except IndexError as ex:
    print("IndexError", ex)
