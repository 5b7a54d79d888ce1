# copy.copy and copy.deepcopy: containers, memo, shared and recursive structures, __copy__/__deepcopy__, __reduce__, __getstate__/__setstate__, list/dict subclasses
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'])
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); d2 = copy.deepcopy(t2); print(d2, d2 is t2, d2[1] is t2[1])
r = [1]; r.append(r); rr = copy.deepcopy(r); print(rr[1] is rr, rr is r)
class P:
    def __init__(self, x, items): self.x = x; self.items = items
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.items)
p = P(1, [1, 2]); q = copy.copy(p); w = copy.deepcopy(p)
print(q, q.items is p.items, w, w.items is p.items, type(w).__name__)
class C:
    def __init__(self): self.log = []
    def __copy__(self): print('copy called'); return 'copied'
    def __deepcopy__(self, memo): print('deepcopy memo', type(memo).__name__); return 'deep'
print(copy.copy(C()), copy.deepcopy([C()]))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 10,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
class L(list): pass
l = L([1, [2]]); l.tag = 'x'; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
class D(dict): pass
d = D(a=[1]); d3 = copy.copy(d); print(type(d3).__name__, d3, d3['a'] is d['a'])
print(copy.deepcopy({1, 2, 3}) == {1, 2, 3}, copy.copy(len) is len, copy.deepcopy(P) is P)
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
memo = {}; copy.deepcopy(shared, memo); print(len(memo) >= 1)
def gen(): yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print('TypeError', e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
class S:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': self.a, 'extra': 2}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
s2 = copy.deepcopy(S()); print(s2.a, s2.extra, s2.restored)
