# Dict comprehensions.
print({x: x ** 2 for x in range(5)})
words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words})
d = {'a': 1, 'b': 2, 'c': 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v % 2})
print({k.upper(): v * 10 for k, v in sorted(d.items(), reverse=True)})
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j): i * j for i in range(2) for j in range(2)})
