# Lists of lists.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1])
print([row[1] for row in m])
print([m[i][i] for i in range(3)])
m[0][0] = 100
print(m[0])
flat = [x for row in m for x in row]
print(flat, sum(flat))
t = [list(r) for r in zip(*m)]
print(t)
print(m[1:][0][1:])
print(len(m), len(m[0]), [len(r) for r in m])
