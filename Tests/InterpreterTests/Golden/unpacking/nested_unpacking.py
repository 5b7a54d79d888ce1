# Nested unpacking.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
for i, (name, score) in enumerate([('ann', 9), ('bob', 7)]):
    print(i, name, score)
[(p, q), r] = ['ab', 'c']
print(p, q, r)
data = {'pt': (3, 4)}
(px, py), = data.values()
print(px, py)
