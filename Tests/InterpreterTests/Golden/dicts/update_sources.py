# dict(...) and dict.update(...) take a mapping (anything with keys()) or an iterable of pairs.
class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, key):
        return key * 2


class KeysRaises:
    @property
    def keys(self):
        raise ValueError("keys failed")

    def __iter__(self):
        return iter([(1, 2)])


class KeysAttributeError:
    @property
    def keys(self):
        raise AttributeError("no keys here")

    def __iter__(self):
        return iter([(1, 2)])


class PairList(list):
    def keys(self):
        return [0]

    def __getitem__(self, i):
        return "from-getitem"


print(dict(Mapping()), dict([(1, 2), [3, 4], "xy"]), dict(zip("abc", range(3))))
d = {}
d.update([(1, 2)], x=3)
d.update(Mapping())
d.update({"z": 0})
d.update(((k, k) for k in range(3)))
print(d)
print(dict(KeysAttributeError()))
print(dict(PairList([(5, 6)])))
try:
    dict(KeysRaises())
except ValueError as e:
    print("ValueError", e)
for bad in ([(1, 2, 3)], [1], ["abc"], [(1,)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(a=1, b=2), dict({"a": 1}, b=2), dict([], c=3), dict())
print(dict([(1, "first"), (1, "second")]), dict.fromkeys("ab", 0))


def kw(**k):
    return sorted(k.items())


print(kw(**Mapping()))
