# List, tuple, dict and set literals, empty and nested, with trailing commas.
print([], [1], [1, 2, 3,], [[1, 2], [3, [4, 5]]])
print((), (1,), (1, 2), ((1, 2), (3,)))
print({}, {'a': 1}, {'a': 1, 'b': [1, 2],}, {1: {2: {3: 4}}})
print(set(), sorted({3, 1, 2}), len({1, 1, 1}))
print([1, 'two', 3.0, None, True, (4,), {'k': 'v'}])
t = 1, 2, 3
print(t, type(t).__name__)
print({'x': (1, 2), (1, 2): 'x'})
print({1: 'int', 1.0: 'float'})
print([
    1,
    2,
])
print(['it\'s', "say \"x\"", 'back\\slash', 'tab\t'])
