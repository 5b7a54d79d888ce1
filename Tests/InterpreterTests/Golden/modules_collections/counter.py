# collections.Counter.
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], c.most_common(2), len(c))
c.update('aaz')
print(c.most_common(3))
d = Counter({'x': 3, 'y': 1})
e = Counter(x=1, y=2)
print(d + e, d - e)
print(sorted(c.elements())[:6], sum(c.values()))
words = 'the cat and the hat'.split()
print(Counter(words).most_common())
print(Counter(), Counter([1, 1, 2]))
