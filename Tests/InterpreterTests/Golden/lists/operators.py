# List +, *, comparison and aliasing pitfalls.
a = [1, 2]
b = a + [3]
print(a, b, a * 2, [0] * 3, 2 * ['x'], [] * 5)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [])
c = a
c += [9]
print(a)
c = c + [10]
print(a, c)
print(len([None] * 4), [1, [2]] * 2)
