# break and continue in nested loops affect the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print('found', found, 'in row', row)
