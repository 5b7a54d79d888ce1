# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *middle, z = 'abcde'
print(a, middle, z)
x, *empty = [1]
print(x, empty)
head, *tail = range(3)
print(head, tail, type(tail).__name__)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
print([*range(3), *'ab'], (*[1, 2], 3))
