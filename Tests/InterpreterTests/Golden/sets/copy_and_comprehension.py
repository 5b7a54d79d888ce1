# Copying sets, sets of tuples, and dedupe while keeping order.
s = {1, 2}
t = s.copy()
t.add(3)
print(sorted(s), sorted(t))
pairs = {(1, 2), (2, 1), (1, 2)}
print(sorted(pairs))
seen = set()
order = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order)
print(sorted({x * x for x in range(-3, 4)}))
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
