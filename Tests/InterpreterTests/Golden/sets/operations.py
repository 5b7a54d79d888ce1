# Union, intersection, difference, symmetric difference: operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)), sorted(a.union([9], (10,))))
print(sorted(a.intersection(range(3))))
c = set(a)
c |= {100}
c &= {1, 2, 100}
c -= {2}
print(sorted(c))
c.update([7, 8], 'x')
print(sorted(c, key=str))
