# collections.namedtuple.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p))
x, y = p
print(x + y)
q = p._replace(y=10)
print(q, p, q._asdict())
print(Point._fields, Point(y=5, x=6))
Color = namedtuple('Color', 'r g b')
print(Color(255, 0, 0), isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
