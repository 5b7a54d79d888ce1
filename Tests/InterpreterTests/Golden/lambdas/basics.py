# Lambda expressions.
sq = lambda x: x * x
add = lambda a, b: a + b
const = lambda: 'constant'
print(sq(7), add(2, 3), const())
print((lambda x, y: x * y)(6, 7))
pair = lambda x: (x, -x)
print(pair(3))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ['a', 'abc', 'de', 'fghi'])))
nested = lambda x: lambda y: x + y
print(nested(10)(5))
cond = lambda n: 'neg' if n < 0 else 'nonneg'
print(cond(-1), cond(1))
