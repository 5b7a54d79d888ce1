# `|`, `&`, `-`, `^` on sets and frozensets: the result's contents and kind, with mixed kinds,
# subclasses and other operands.
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
fa = frozenset(a)
fb = frozenset(b)

for x, y in [(a, b), (a, fb), (fa, b), (fa, fb), (b, a), (a, set()), (set(), a), (a, a)]:
    results = [x | y, x & y, x - y, x ^ y]
    print([sorted(r) for r in results], [type(r).__name__ for r in results])

total = 0
for i in range(100):
    total += len(a & b) + len(a | b) + len(a - b) + len(a ^ b)
print(total)

print(sorted({"a", "b"} | {"c"}), sorted({(1, 2), (3, 4)} & {(1, 2)}), sorted({1.5, 2} - {2.0}))
print({1, 2} | {True}, {0} & {False, 0.0}, a is not a | set())


class MySet(set):
    def __or__(self, other):
        return "custom or"


m = MySet([1, 2])
print(m | {3}, sorted(m & {2, 5}), type(m & {2}).__name__, sorted({3} | m))

for bad in [[1, 2], (1,), {1: 2}.keys()]:
    try:
        print(sorted(a & bad))
    except TypeError as e:
        print("TypeError", e)

s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 9}
s -= {2}
s ^= {7}
print(sorted(s))
print(2 in a, 3 in a, "x" in {"x"}, 2.0 in a, (1, 2) in {(1, 2)}, None in {None}, True in {1})
d = {1: "one", "k": 2}
print(1 in d, "k" in d, 2 in d, 1.0 in d, True in d)
try:
    [1] in a
except TypeError as e:
    print("TypeError", e)

# Keys and items views take the set operators with any iterable, on either side.
d = {1: "a", 2: "b", 3: "c"}
print(sorted(d.keys() & {2, 3, 4}), sorted({2, 3, 4} & d.keys()), sorted(d.keys() | [5]), sorted([5] | d.keys()))
print(sorted(d.keys() - [1]), sorted({1, 9} - d.keys()), sorted(d.keys() ^ (3, 4)), sorted({3, 4} ^ d.keys()))
print(sorted(d.items() & {(1, "a"), (2, "x")}), sorted(d.items() - {(1, "a")}), type(d.keys() & d.keys()).__name__)
try:
    d.keys() & 5
except TypeError as e:
    print("TypeError", e)
