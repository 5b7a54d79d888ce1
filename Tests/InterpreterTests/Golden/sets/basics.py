# Set creation, add, remove, discard, membership (printed sorted).
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s))
s.add(10)
s.add(1)
print(sorted(s))
s.remove(10)
s.discard(99)
s.discard(3)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
print(2 in s, 3 in s, 3 not in s)
e = set()
print(e, len(e), bool(e), type({}).__name__)
print(sorted(set('mississippi')))
words = ['b', 'a', 'b', 'c', 'a']
print(sorted(set(words)), len(set(words)))
s.clear()
print(s)
