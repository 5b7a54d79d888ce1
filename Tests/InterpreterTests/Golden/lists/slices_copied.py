# List and tuple slices copy their items (a fresh list each time), for every step and bound.
a = list(range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[:-7], a[8:2:-2], a[5:5], a[20:], a[-20:2], a[::-4])
b = a[:]
b[0] = "changed"
print(a[0], b[0], a[1:1] == [], a[:0])
nested = [[1], [2], [3]]
copy = nested[::2]
copy[0].append("shared")
print(nested, copy)
t = tuple(range(6))
print(t[1:4], t[::-2], t[10:], t[::2])
s = "abcdefgh"
print(s[1:6:2], s[::-1])
objects = [object() for _ in range(4)]
print(all(x is y for x, y in zip(objects[1:3], objects[1:3])), len(objects[::5]))
for step in (1, 2, 3, -1, -2, 100, -100):
    print(step, a[::step], a[1:9:step])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError:", e)
