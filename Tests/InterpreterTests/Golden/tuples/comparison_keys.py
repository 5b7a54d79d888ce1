# Tuples compare lexicographically and work as dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, 'a') == (1, 'a'), (1, 2) == [1, 2])
grid = {}
for i in range(2):
    for j in range(2):
        grid[i, j] = i * 10 + j
print(grid, grid[1, 0], (1, 1) in grid)
records = [('bob', 25), ('amy', 31), ('bob', 19)]
print(sorted(records), min(records), max(records))
print(sorted(records, key=lambda r: (r[0], -r[1])))
