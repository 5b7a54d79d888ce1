# Dicts of a few entries (made by dict(a=1), {**kw}, **kwargs parameters) are searched without
# an index until they grow; lookups, replacement, deletion, order and growth past the limit must
# behave as any dict's.

class Key:
    # Equal keys with one hash, and a key equal to an int.
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n or other == 7 and self.n == 0
    def __repr__(self):
        return "Key(%d)" % self.n

for size in (0, 1, 7, 8, 9, 20):
    d = dict()
    for i in range(size):
        d["k%d" % i] = i
    print(size, len(d), list(d)[:3], d.get("k0"), d.get("k8"), "k5" in d, "zz" in d)
    for i in range(0, size, 3):
        del d["k%d" % i]
    print(list(d.items()))
    d["k0"] = "again"
    d["k1"] = "replaced"
    print(list(d.items())[-3:], len(d))
    while d:
        d.popitem()
    d[1] = 1
    print(d)

d = dict(a=1, b=2)
print(d, d["a"], d.get("c", "none"))
d.update(c=3, a=4)
print(d)
print(d.pop("b"), d, d.setdefault("z", 0), d)

e = {}
for k in (Key(1), Key(2), Key(1), Key(0), 7, 7.0, True, 1, 1.0):
    e[k] = repr(k)
print(e)
print(e[Key(2)], Key(3) in e, 7 in e, e.get(Key(0)))
del e[Key(2)]
print(e)

n = {1: "a", 1.0: "b", True: "c"}
print(n, len(n))

def kwargs(**kw):
    return kw

for i in range(3):
    k = kwargs(x=i, y=2)
    k["z"] = 3
    print(k, sorted(k), k == {"z": 3, "y": 2, "x": i})
    m = dict(k, w=0)
    print(m, m == k)

grow = {}
for i in range(12):
    grow[i] = i * i
    if i % 4 == 3:
        del grow[i - 1]
print(grow, 10 in grow, 2 in grow)
print({i: i for i in range(9)} == dict(zip(range(9), range(9))))
try:
    kwargs(**{"a": 1})["b"]
except KeyError as e:
    print("KeyError", e)
it = iter(dict(a=1, b=2))
d2 = dict(a=1, b=2)
try:
    for k in d2:
        d2["c" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
