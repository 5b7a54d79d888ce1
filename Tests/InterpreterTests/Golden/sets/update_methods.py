# In-place set methods, pop on a one-element set, and sets in boolean context.
s = {1, 2, 3, 4}
s.difference_update({1, 2})
print(sorted(s))
s.intersection_update([3, 5])
print(sorted(s))
s.symmetric_difference_update({3, 7})
print(sorted(s))
print(s.pop(), s)
s.update(range(3))
print(sorted(s), 1 in s)
t = set()
print('empty' if not t else 'nonempty', len(s - s), s == set(range(3)))
