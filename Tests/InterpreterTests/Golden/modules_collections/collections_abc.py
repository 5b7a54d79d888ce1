# collections.abc: isinstance for the built-in types and for classes with the right methods; the mixin methods of Sequence, Mapping and MutableMapping; abstract classes refuse to be instantiated.
import collections.abc as cabc
from collections.abc import Mapping, Sequence, Iterable, Iterator, Callable, Sized, Hashable, MutableMapping, Set, MutableSequence, Generator, Container, Collection, Reversible
print([isinstance(x, Mapping) for x in ({}, [], 'a', 1)])
print([isinstance(x, Sequence) for x in ({}, [], 'a', (), range(2), b'x', 1)])
print([isinstance(x, Iterable) for x in ({}, [], 'a', 1, iter([]), (i for i in []))])
print([isinstance(x, Iterator) for x in ([], iter([]), (i for i in []), zip())])
print([isinstance(x, Callable) for x in (len, print, 1, lambda: 0, int)])
print([isinstance(x, Hashable) for x in (1, 'a', [], {}, (1,))])
print(isinstance({}, MutableMapping), isinstance(set(), Set), isinstance(frozenset(), Set), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance((i for i in []), Generator), issubclass(list, Collection), issubclass(dict, Reversible))
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = MySeq(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, Sequence), isinstance(s, Iterable))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, dict(m))
class MyDict(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = MyDict(); d.update({'x': 1}, y=2); d.setdefault('z', 3)
print(dict(d), d.pop('x'), d.popitem(), len(d))
try:
    Sequence()
except TypeError as e:
    print(e)
class Bad(Sequence):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
print(cabc.Iterable.__name__, Sized in type(s).__mro__)
