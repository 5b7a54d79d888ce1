# __slots__ limits the attributes instances take (a single name, a tuple, inherited, with
# "__dict__" lifting the limit; a subclass without __slots__ is unlimited).
class B:
    __slots__ = ()
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
class Q(P):
    __slots__ = 'z'
class R(P):
    pass
class S:
    __slots__ = ('a', '__dict__')
for make, name in [(B, 'y'), (lambda: P(1), 'y'), (lambda: P(1), 'x'), (lambda: Q(1), 'z'), (lambda: Q(1), 'w'), (lambda: R(1), 'w'), (S, 'anything')]:
    o = make()
    try:
        setattr(o, name, 5)
        print(type(o).__name__, name, 'ok', getattr(o, name))
    except AttributeError as e:
        print(type(o).__name__, name, 'AttributeError:', e)
p = P(3)
for i in range(3):
    p.y = i
print(p.x, p.y)
try:
    p.q = 1
except AttributeError as e:
    print(e)
from collections import namedtuple
Pt = namedtuple('Pt', 'a b')
pt = Pt(1, 2)
try:
    pt.c = 3
except AttributeError as e:
    print(e)
class Sub(Pt):
    pass
s = Sub(1, 2)
s.c = 3
print(s.c)
