# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(2 in a, 3 in a, 3 not in a)
print('b' in 'abc', 'bc' in 'abc', 'ac' in 'abc')
d = {'k': 1}
print('k' in d, 1 in d, 1 in d.values())
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print(2 in (1, 2, 3), 2.0 in [1, 2, 3])
print(not 1 in [1], not (1 in [1]))
