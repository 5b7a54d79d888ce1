# frozensets hash as in CPython (independent of insertion order) and work as dict keys and set
# elements; equal numbers of different types (1, 1.0, True) are one key; a set argument to
# `in`, remove() and discard() stands for the frozenset of its elements.
fs = frozenset({1, 2, 3})
d = {fs: 'a', frozenset([3, 2, 1]): 'b'}
print(d, hash(fs) == hash(frozenset([3, 1, 2])), hash(fs), hash(frozenset()))
print(hash(frozenset({(1, 2), 3})), hash(frozenset(range(100))), hash(frozenset({-1, -2})))
print(hash((1, 2)), hash((-1,)), hash(()), hash((1.5, 2)), hash(((1, 2), (3,))), hash((2**64, None is None)))
print({frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset()})
print(frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
k = {frozenset([1]), 5}
k.remove({1})
k.discard({5})
print(k)
m = {1: 'int'}
m[1.0] = 'float'
m[True] = 'bool'
print(m, {1, 1.0, True}, {True, 1, 1.0}, {1.0, True, 1})
print(frozenset([1, 2]) == {1, 2}, frozenset() == set(), frozenset([1]) is frozenset(frozenset([1])))
f = frozenset([1])
print(frozenset(f) is f, f.copy() is f, type(set(f)).__name__, len({f, frozenset(f), frozenset({1})}))
