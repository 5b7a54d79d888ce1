# iter() and next(), with a default.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
s = iter('ab')
print(next(s), next(s))
d = iter({'x': 1, 'y': 2})
print(list(d))
r = iter(range(3))
print(next(r), list(r))
print(iter(it) is it)
try:
    next(iter(()))
except StopIteration:
    print('StopIteration raised')
