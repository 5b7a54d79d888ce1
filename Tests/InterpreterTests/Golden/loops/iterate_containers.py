# Iterating over lists, tuples, dicts, strings and sets.
for x in [1, 'a', None]:
    print(x)
for x in (3, 2, 1):
    print(x, end=' ')
print()
d = {'b': 2, 'a': 1, 'c': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f'{k}={v}', end=' ')
print()
for v in d.values():
    print(v, end=' ')
print()
for x in sorted({30, 10, 20}):
    print(x, end=' ')
print()
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
