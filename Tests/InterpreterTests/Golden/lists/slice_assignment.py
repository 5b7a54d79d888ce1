# Assigning to and deleting slices.
a = list(range(8))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[:2] = []
print(a)
a[len(a):] = [100]
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
b = [1, 2, 3, 4, 5]
del b[1:4]
print(b)
b[1:1] = [7, 8]
print(b)
c = [0] * 5
c[-2:] = 'xy'
print(c)
