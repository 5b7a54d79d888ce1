# for over range() in all forms.
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -1)))
total = 0
for i in range(1, 101):
    total += i
print(total)
r = range(0, 20, 5)
print(r, len(r), r[1], r[-1], list(r[1:3]), 10 in r, 11 in r)
print(len(range(10, 0, -3)), list(range(10, 0, -3)))
print(range(3) == range(0, 3), list(reversed(range(4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError:', e)
