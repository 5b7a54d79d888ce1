# zip() stops at the shortest iterable.
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()), list(zip([1, 2])))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(dict(zip(['k1', 'k2'], [10, 20])))
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)])
z = zip('ab', range(5))
print(type(z).__name__, next(z), list(z), list(z))
