# functools.cmp_to_key adapts an old-style comparison function.
from functools import cmp_to_key
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a > b else (1 if a < b else 0)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(compare)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
