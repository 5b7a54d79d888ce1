# Subset, superset and disjoint tests.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b < b, b <= b, b >= a, b > a)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3, 4}), a.isdisjoint(b))
print(a == {2, 1}, a != b, set() <= a)
print({1, 2} == {1.0, 2.0}, {'a'} < {'a', 'b'})
