# takewhile, dropwhile, filterfalse, compress, starmap, tee-free pairwise.
from itertools import takewhile, dropwhile, filterfalse, compress, starmap, pairwise
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(pairwise([1, 2, 3, 4])))
