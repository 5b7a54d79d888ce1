# sum(), min() and max() with their options.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum(range(5), start=100))
print(sum([[1], [2, 3]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min('b', 'a'))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None))
print(max([2, 3, 3.0]), max([3.0, 3]), min([1, True]), max([(1, 'b'), (1, 'a')]))
print(max(x * x for x in range(-5, 3)))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
