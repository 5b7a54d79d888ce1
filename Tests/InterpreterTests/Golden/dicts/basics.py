# Creating, reading, updating and deleting dict entries.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'])
del d['b']
print(d, 'b' in d, 'c' in d)
d[(1, 2)] = 'tuple key'
d[3] = 'int key'
d[2.5] = 'float key'
print(d)
print(d[1, 2], d[3])
e = {}
e['x'] = e.get('x', 0) + 1
e['x'] = e.get('x', 0) + 1
print(e)
try:
    d['missing']
except KeyError as err:
    print('KeyError:', err)
