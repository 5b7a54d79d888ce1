# a set that grows or shrinks while a loop walks it raises RuntimeError; walking a copy is fine
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(s) > 3)

t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(t))

u = {1, 2, 3}
for x in set(u):
    u.add(x * 10)
print(sorted(u))
print(sorted(x for x in {5, 6, 7}), sum({1, 2, 3}), list(frozenset([4])))
