# Sets iterate (and print) in CPython's table order: ints by their value modulo the table size,
# through additions, removals, growth and pop(); displays of constants, set(), comprehensions.
print({3, 1, 2})
print({16, 1, 2, 3, 4})
x = 16
print({x, 1, 2, 3, 4})
s = set()
for i in [40, 8, 16, 0, 3, 24, 11, 19, 27, 35, 43, 100, -1, -2, 7]:
    s.add(i)
    print(s)
s.remove(8)
s.discard(16)
s.add(56)
print(s)
for i in range(200, 260, 7):
    s.add(i)
print(s)
print(set([1, 2, 3, 2, 1]), frozenset([5, 13, 21, 1]))
print(set(range(100, 0, -7)), set(set(range(100, 0, -7))))
print(set({3: 1, 1: 2, 2: 3}), set((9, 1, 17)), set(iter([33, 1, 65])))
print({*range(5), *[10, 9, 8]}, {*{20, 4}, 1})
print({x * x % 17 for x in range(30)})
print({(i, i * 2) for i in range(6)})
print({(1, 2), (3, 4), (-1, -2), (0,), ()})
print({1.5, 2.5, -0.5, 3.0, 1e20, float('inf')})
print({2**62, 2**61 - 1, 2**64, -2**63, 5})
print(set([-1, -2, -3, 0, 7, 6]))
print({1, 2.0, True, 3}, {1.0, 1, True}, {True, 1.0}, {0, False, 0.0}, {False, 0})
p = set(range(20))
out = []
while p:
    out.append(p.pop())
print(out)
p = {5, 13, 21, 29, 1}
print(p.pop(), p.pop(), p)
p.add(37)
print(p.pop(), p)
p.clear()
p.update([9, 17, 1])
print(p.pop(), p)
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), list(big)[:10])
for i in range(0, 1000, 3):
    big.discard(i)
print(list(big)[:10], len(big))
print(repr(set()), repr(frozenset()), frozenset({4, 12}), frozenset({12, 4}))
