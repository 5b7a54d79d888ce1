# The operator functions as native functions: every one against its operator (ints, floats,
# strs, lists, user classes with dunders and NotImplemented), the in-place forms (mutating a
# list, rebinding an int), CPython's argument errors, names and docs, and use as callbacks.
import operator as op
from functools import reduce, partial


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other)) if isinstance(other, (V, int)) else NotImplemented

    def __radd__(self, other):
        return V(other * 100 + self.v)

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v

    def __neg__(self):
        return V(-self.v)

    def __invert__(self):
        return 'inverted'

    def __iadd__(self, other):
        self.v += 1000
        return self

    def __bool__(self):
        return self.v != 0

    def __contains__(self, item):
        return item == self.v

    def __getitem__(self, i):
        return ('item', i)

    def __repr__(self):
        return f'V({self.v})'


names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
         'lt', 'le', 'eq', 'ne', 'ge', 'gt', 'is_', 'is_not']
for name in names:
    f = getattr(op, name)
    print(name, f(7, 3), f(-7, 2), f(True, 3), f.__name__, f.__doc__)
print(op.add('ab', 'cd'), op.mul([1], 3), op.add(1.5, 2), op.mod('%s-%d', ('a', 1)), op.pow(2, -1), op.matmul.__doc__)
print(op.add(V(1), V(2)), op.add(3, V(4)), op.lt(V(1), V(2)), op.gt(V(1), V(2)), op.eq(V(1), V(1)), op.ne(V(1), V(1)))
print(op.neg(5), op.neg(2.5), op.neg(-2**63), op.pos(True), op.inv(5), op.invert(0), op.neg(V(3)), op.inv(V(1)))
print(op.not_([]), op.not_(V(0)), op.truth(V(2)), op.truth(''), op.is_(None, None), op.is_not(1, None))
print(op.getitem([1, 2, 3], -1), op.getitem('abc', slice(1, None)), op.getitem({'k': 1}, 'k'), op.getitem(V(0), 5))
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.contains(V(4), 4), op.contains({1: 2}, 2))
a = [1]
b = op.iadd(a, [2])
print(a, b is a, op.iadd(1, 2), op.isub(5, 1), op.imul('ab', 2), op.itruediv(1, 4), op.ifloordiv(7, 2), op.imod(7, 4))
print(op.ipow(3, 2), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iadd(V(1), 1))
s = {1, 2}
print(op.ior(s, {3}) is s, s, op.iand.__name__, op.iadd.__doc__, op.ipow.__doc__)
print(repr(op.add), op.inv is op.invert, op.__add__ is op.add, op.__iadd__ is op.iadd)

for call in [lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.neg(), lambda: op.neg(1, 2), lambda: op.add(1, b=2),
             lambda: op.truth(a=1), lambda: op.add(1, 'a'), lambda: op.neg('a'), lambda: op.truediv(1, 0),
             lambda: op.lt(1, 'a'), lambda: op.getitem([1], 5), lambda: op.getitem({}, 'k'), lambda: op.contains(5, 1),
             lambda: op.inv(1.5), lambda: op.iadd((1,), 2), lambda: op.is_(1),
             lambda: op.contains(object(), 1), lambda: 1 in 5, lambda: 'a' in Ellipsis]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(list(map(op.add, [1, 2, 3], [10, 20, 30])), list(map(op.neg, range(3))), reduce(op.mul, range(1, 10)))
print(sorted([V(3), V(1), V(2)], key=op.neg), partial(op.sub, 10)(3), sorted([3, 1, 2], key=op.neg))
print(list(filter(partial(op.lt, 2), range(5))), list(map(op.getitem, ['ab', 'cd'], [0, 1])), sum(map(op.mul, range(4), range(4))))
print(max([(1, 'b'), (2, 'a')], key=partial(op.getitem, b=1) if False else None), list(map(op.not_, [0, 1, None])))
