# enumerate() with and without start.
e = enumerate(['a', 'b', 'c'])
print(type(e).__name__, next(e), list(e))
print(list(enumerate('xy', start=5)), list(enumerate([], 1)))
print(dict(enumerate('abc')))
for i, (a, b) in enumerate(zip('ab', 'cd'), 1):
    print(i, a, b)
