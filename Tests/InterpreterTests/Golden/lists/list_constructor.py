# list() from iterables, and copies.
print(list('abc'), list(range(3)), list((1, 2)), list({'a': 1}))
print(list(x * 2 for x in range(3)), list(map(str, [1, 2])))
a = [1, [2]]
b = list(a)
b[0] = 'x'
b[1].append(3)
print(a, b, a is b, a[1] is b[1])
print(list(), list([]) == [], list(enumerate('ab')))
