# from module import names, with and without aliases.
from math import sqrt, floor, ceil
from functools import reduce as fold
from collections import defaultdict, Counter
print(sqrt(2), floor(-1.5), ceil(-1.5))
print(fold(lambda a, b: a * b, [1, 2, 3, 4]))
d = defaultdict(int)
d['x'] += 1
print(dict(d), Counter('aab').most_common(1))
from math import (
    pi,
    e as euler,
)
print(round(pi, 5), round(euler, 5))
