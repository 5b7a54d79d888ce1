# dict.setdefault called positionally (the VM's in-place call): existing and missing keys, the
# None default, keys equal across types, an unhashable key, and a dict subclass.
groups = {}
for i in range(10):
    groups.setdefault(i % 3, []).append(i)
print(groups)

d = {1: "one"}
print(d.setdefault(1, "uno"), d.setdefault(2), d)
print(d.setdefault(1.0, "float"), d.setdefault(True, "bool"), d)
try:
    d.setdefault([1], 0)
except TypeError as e:
    print("TypeError:", e)


class Counting(dict):
    def __missing__(self, key):
        return "missing"


c = Counting()
print(c.setdefault("a", 1), c.setdefault("a", 2), c)
print(dict.setdefault(c, "b", 3), c)


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __repr__(self):
        return "Key(%r)" % self.k


e = {}
for k in ("x", "y", "x"):
    e.setdefault(Key(k), []).append(k)
print(e)
