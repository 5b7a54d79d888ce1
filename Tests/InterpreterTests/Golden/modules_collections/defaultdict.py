# collections.defaultdict.
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(dict(groups))
print(groups)
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts, counts['missing'], len(counts))
nested = defaultdict(lambda: 'N/A')
nested['a'] = 1
print(nested['a'], nested['b'], sorted(nested))
print(isinstance(counts, dict))
