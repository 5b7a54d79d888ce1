# chain, chain.from_iterable and zip_longest.
from itertools import chain, zip_longest
print(list(chain([1, 2], (3,), 'ab')))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(zip_longest('abc', [1])))
print(list(zip_longest('ab', 'xyz', fillvalue='-')))
