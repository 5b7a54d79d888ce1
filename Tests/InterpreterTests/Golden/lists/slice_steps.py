# Slices with steps of lists and tuples, clamped bounds, huge and negative steps, in loops.
a = list(range(23))
t = tuple(a)
for step in (1, 2, 3, 7, 22, 23, 100, -1, -2, -5, -22, -23, -100):
    print(step, a[::step], a[3:17:step] == list(t[3:17:step]), a[-5:2:step], a[2:-5:step])
print(a[::2 ** 70], a[::-(2 ** 70)], a[-(2 ** 70):2 ** 70:3], [][::-1], a[5:5:-1])
total = 0
for i in range(300):
    total += len(a[i % 20::3]) + a[::-1][i % 23] + len(t[::-(i % 5 + 1)])
print(total)
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
