# Tuple unpacking in comprehension targets.
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
print([name for num, name in pairs if num != 2])
print({name: num for num, name in pairs})
points = [((0, 0), 'origin'), ((1, 2), 'p')]
print([x + y for (x, y), label in points])
data = [('a', [1, 2]), ('b', [3])]
print([(k, v) for k, vs in data for v in vs])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([i * v for i, v in enumerate([10, 20, 30])])
