# The core behaviours the standard modules written in Python rely on.

# Subclassing dict and tuple first thing in a fresh program: their constructors and methods
# are inherited without touching `dict.keys` or `tuple.count` first.
class D(dict):
    pass

class T(tuple):
    pass

d = D(a=1, b=2)
print(d, sorted(d.keys()), d.get('a'), len(d), type(d).__name__)
t = T([3, 1, 3])
print(t, t.count(3), t.index(1), len(t), type(t).__name__)

# & | ^ on two bools give a bool, on a bool and an int an int.
for a in (False, True):
    for b in (False, True):
        print(a & b, a | b, a ^ b, type(a & b).__name__, type(a | b).__name__, type(a ^ b).__name__)
print(True & 3, True | 2, True ^ 1, type(True ^ 1).__name__)

# Keyword-only parameters after *args.
def gather(*items, fill=None, repeat=1):
    return items, fill, repeat

print(gather(1, 2, fill=0))
print(gather(repeat=3))
print(gather())
try:
    gather(1, bad=2)
except TypeError as e:
    print('TypeError:', e)

def needs(*items, key):
    return items, key

print(needs(1, key=2))
try:
    needs(1)
except TypeError as e:
    print('TypeError:', e)

# Instances of tuple subclasses order as tuples.
print(T([1, 2]) < T([1, 3]), T([2]) > (1,), (0,) < T([1]), T([1]) <= T([1]), T([2]) >= T([3]))
print(sorted([T([3]), T([1, 5]), T([1])]))
print(max(T([1, 2]), T([1, 3])))

# The standard functions written on top of them.
import operator
import itertools
from collections import namedtuple

print([(operator.and_(a, b), operator.or_(a, b), operator.xor(a, b)) for a in (False, True) for b in (False, True)])
print(type(operator.and_(True, True)).__name__, operator.and_(6, 3), operator.or_(True, 4), operator.xor(5, True))
print(list(itertools.zip_longest('ab', [1, 2, 3], fillvalue='-')))
print(list(itertools.zip_longest([1], [2, 3])))
print(list(itertools.product('ab', repeat=2)))
print(list(itertools.product([1, 2], [3], repeat=1)), list(itertools.product(repeat=2)))
for call in (lambda: itertools.product([1], repeat='2'), lambda: itertools.product([1], repeat=-1)):
    try:
        call()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

Point = namedtuple('Point', 'x y')
print(Point(1, 2) < Point(1, 3), Point(2, 0) > (1, 9), Point(1, 2) <= (1, 2), Point(0, 5) >= Point(1, 0))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(min(Point(3, 4), Point(3, 1)), Point(1, 2) == (1, 2))
try:
    Point(1, 2) < 3
except TypeError as e:
    print('TypeError:', e)
