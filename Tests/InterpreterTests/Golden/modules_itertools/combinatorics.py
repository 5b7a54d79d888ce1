# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [0, 1])))
print(list(product([0, 1], repeat=2)))
print(list(permutations('abc', 2)))
print(len(list(permutations(range(4)))))
print(list(combinations('abcd', 2)))
print(list(combinations_with_replacement('ab', 2)))
print(list(combinations([1, 2], 3)))
