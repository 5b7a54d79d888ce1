# get, setdefault, pop, popitem, update, keys, values, items, copy, clear, fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('a'), d.pop('zz', 'default'), d)
d.update({'x': 1, 'b': 20})
d.update(y=2)
d.update([('z', 3)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c['new'] = 1
print(d, c)
c.clear()
print(c)
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0))
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError:', e)
