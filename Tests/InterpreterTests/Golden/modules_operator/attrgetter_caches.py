# operator.attrgetter keeps an attribute cache per name, as an attribute instruction does: it
# must see every class it is given, class changes after a call, instance attributes that
# shadow class ones, properties (Python and namedtuple fields), methods, modules, classes,
# dotted paths and several names, and raise CPython's errors.
import operator
import math
from collections import namedtuple


class A:
    kind = 'A-class'

    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    def method(self):
        return 'method of %r' % self.v


class B:
    def __init__(self, v):
        self.v = ('B', v)
        self.kind = 'B-instance'


P = namedtuple('P', 'v kind')
get_v = operator.attrgetter('v')
get_kind = operator.attrgetter('kind')
objects = [A(1), B(2), P(3, 'P-field'), A(4), P(5, 'again'), B(6)]
print([get_v(o) for o in objects])
print([get_kind(o) for o in objects])
a = A(7)
print(get_kind(a))
a.kind = 'A-instance'
print(get_kind(a), get_kind(A(8)))
A.kind = 'A-class changed'
print(get_kind(A(9)), get_kind(a))
del a.kind
print(get_kind(a))
print(operator.attrgetter('double')(A(10)), [operator.attrgetter('double')(A(i)) for i in range(3)])
A.double = property(lambda self: 'replaced')
print(operator.attrgetter('double')(A(10)))
m = operator.attrgetter('method')
print(m(A(11))(), m(A(12))())
print(operator.attrgetter('pi')(math), operator.attrgetter('__name__')(A), operator.attrgetter('kind')(A))
chain = operator.attrgetter('v.v', 'v.double', 'kind')
print([chain(A(A(i))) for i in range(3)])
nested = operator.attrgetter('inner.inner.v')
outer = A(0)
outer.inner = A(1)
outer.inner.inner = A(2)
print(nested(outer))
outer.inner.inner = B(3)
print(nested(outer))
for bad in [lambda: get_v(5), lambda: nested(A(1)), lambda: operator.attrgetter('x')(P(1, 2)),
            lambda: operator.attrgetter('double')(B(1)), lambda: get_v(), lambda: get_v(A(1), A(2)),
            lambda: operator.attrgetter(1), lambda: operator.attrgetter()]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)


class Raising:
    @property
    def v(self):
        raise AttributeError('from the property')

    def __getattr__(self, name):
        return 'getattr ' + name


print(get_v(Raising()), get_kind(Raising()), get_v(A(13)))
print(sorted([A(3), A(1), A(2)], key=get_v)[0].v, max(objects[:1] + [A(50)], key=get_v).v)
print(repr(chain), repr(get_v))
try:
    print([chain(A(B(i))) for i in range(2)])
except AttributeError as e:
    print('AttributeError:', e)
