# List comprehensions with conditions.
a_list = [3, -1, 0, 7, -5, 2]
def f(o): return o * 10
print([f(o) for o in a_list if o > 0])
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([c for c in 'Hello World' if c.isupper()])
print([x if x > 0 else 0 for x in a_list])
print([(i, c) for i, c in enumerate('abc')])
print([len(w) for w in 'the quick brown fox'.split()])
print([])
print([x for x in []])
inputs, weights, bias = [1.0, 2.0, 3.0], [0.5, -1.0, 2.0], 0.25
output = sum([x * w for x, w in zip(inputs, weights)]) + bias
print(output)
