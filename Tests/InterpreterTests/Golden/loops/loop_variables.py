# Loop variables persist after the loop; rebinding doesn't affect iteration.
for i in range(3):
    pass
print(i)
for i in range(3):
    i = i * 10
    print(i, end=' ')
print()
for ch in 'ab':
    pass
print(ch)
items = [1, 2, 3]
for x in items[:]:
    if x == 2:
        items.remove(x)
print(items)
total = 0
for x in [1, 2, 3]:
    total += x
    x = 100
print(total, x)
