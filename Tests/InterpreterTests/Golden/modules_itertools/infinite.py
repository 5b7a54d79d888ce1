# count, cycle and repeat, bounded with islice.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(islice(repeat(0), 2)))
print(list(islice('abcdefg', 2, 6, 2)), list(islice(range(10), 3)))
for i, c in zip(count(1), 'xyz'):
    print(i, c)
