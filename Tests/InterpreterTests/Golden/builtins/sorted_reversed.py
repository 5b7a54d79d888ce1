# sorted() (stable, key, reverse) and reversed().
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted('hello'), sorted((3, 2, 1)), sorted({'b': 1, 'a': 2}))
pairs = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted([], reverse=True), sorted([0.5, -1, 2, 1e-05]))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed((1, 2))), list(reversed([])))
print(sorted(['b', 'A', 'a', 'B'], key=str.lower))
print(sorted([-3, 2, -1], key=abs))
