# Sets and frozensets of every kind of key: equal numbers of different types are one element,
# strings, tuples, None, negative and large ints, floats with fractions, objects by identity or
# their own __hash__; membership and the operators agree after many insertions and removals.
s = {1, 1.0, True, 2, 2.5, -1, -2, 2 ** 64, "a", ("a", 1), None, frozenset({1})}
print(len(s), 1 in s, 1.0 in s, 2.5 in s, 2 ** 64 in s, float(2 ** 64) in s, ("a", 1) in s, frozenset([1]) in s)
big = set(range(-500, 500)) | {i * 0.5 for i in range(100)}
print(len(big), sum(1 for i in range(-600, 600) if i in big), len(big & set(range(0, 1000, 3))))
for i in range(-500, 500, 2):
    big.discard(i)
print(len(big), min(big), max(big), -499 in big, -500 in big)


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


keys = {Key(i % 7) for i in range(100)}
print(len(keys), Key(3) in keys, Key(8) in keys)
objs = [object() for _ in range(20)]
print(len(set(objs) | set(objs[:5])), len(set(objs) - set(objs[::2])), len(set(objs) ^ set(objs[:10])))
words = {"w%d" % i for i in range(300)}
print(len(words - {"w%d" % i for i in range(0, 300, 3)}), "w299" in words, "w300" in words)
fs = frozenset(range(10))
print(sorted(fs & {1, 2, 99}), sorted(fs - set(range(8))), hash(fs) == hash(frozenset(range(9, -1, -1))))
