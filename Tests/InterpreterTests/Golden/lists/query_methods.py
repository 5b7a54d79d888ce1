# index, count, copy, in.
a = ['x', 'y', 'z', 'y', 'y']
print(a.index('y'), a.index('y', 2), a.index('y', 4, 5), a.count('y'), a.count('q'))
b = a.copy()
b.append('new')
print(a, b, a == b[:-1])
print('z' in a, 'w' not in a)
try:
    a.index('w')
except ValueError as e:
    print('ValueError:', e)
print([1, 2, 1].count(1), [[1], [1]].count([1]), [1, 1.0, True].count(1))
