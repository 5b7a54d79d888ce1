# Nested comprehensions and multiple for clauses.
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x + y for x in 'ab' for y in 'xy'])
print([(a, b) for a in range(4) if a % 2 for b in range(a) if b != 1])
m, n = [[1, 2], [3, 4]], [[5, 6], [7, 8]]
print([[sum([a * b for a, b in zip(m_row, n_col)]) for n_col in zip(*n)] for m_row in m])
