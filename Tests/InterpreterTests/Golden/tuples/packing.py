# Packing and unpacking tuples in returns, loops and swaps.
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([2, 8, 5])
print(lo, hi, mean)
result = stats([1])
print(result, type(result).__name__)
for name, (x, y) in [('p', (1, 2)), ('q', (3, 4))]:
    print(name, x + y)
shape = (28, 28)
ar, ac = shape
print(ar * ac)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
print(max((1, 2), (1, 3)), sum((1, 2, 3)), 2 in (1, 2))
