# functools.reduce with and without an initial value.
from functools import reduce
import operator
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(operator.add, ['a', 'b', 'c'], '>'))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)
