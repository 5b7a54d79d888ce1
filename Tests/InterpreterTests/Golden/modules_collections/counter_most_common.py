# Counter.most_common(n): largest counts first, equal counts in insertion order, for int,
# float and mixed counts, n of 0, negative, small and larger than the counter, subclasses that
# redefine items(), counts compared by their own __lt__, and errors of heapq.nlargest's path.
from collections import Counter

c = Counter('abracadabra-alakazam')
print(c.most_common(1), c.most_common(3), c.most_common(0), c.most_common(-2))
print(c.most_common(100) == c.most_common(), c.most_common(len(c)) == c.most_common())
ties = Counter({'x': 2, 'y': 3, 'z': 2, 'w': 3, 'v': 1, 'u': 3})
print([ties.most_common(k) for k in range(1, 7)])
floats = Counter({'a': 1.5, 'b': 2, 'c': -1, 'd': 2.0, 'e': float('inf')})
print(floats.most_common(2), floats.most_common(4))
big = Counter({i: (i * 37) % 101 for i in range(1000)})
print(big.most_common(5), big.most_common(70)[-3:], len(big.most_common(500)))
print(big.most_common(200) == sorted(big.items(), key=lambda kv: kv[1], reverse=True)[:200])


class Reversed(Counter):
    def items(self):
        return [(k, -v) for k, v in dict.items(self)]


print(Reversed('aab').most_common(1))


class Count:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return 'Count(%d)' % self.n


print(Counter({'p': Count(1), 'q': Count(5), 'r': Count(3), 's': Count(5)}).most_common(2))
print(Counter({'t': True, 'f': False, 'two': 2}).most_common(2), Counter(a=-1, b=-3, c=0).most_common(2))
for bad in [lambda: c.most_common('2'), lambda: Counter({'a': 1, 'b': 'x'}).most_common(1)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
