# Triple nested loop: matrix multiplication on lists, as in chapter 17.
def matmul(a, b):
    ar, ac = len(a), len(a[0])
    br, bc = len(b), len(b[0])
    assert ac == br
    c = [[0] * bc for _ in range(ar)]
    for i in range(ar):
        for j in range(bc):
            for k in range(ac): c[i][j] += a[i][k] * b[k][j]
    return c
m1 = [[1, 2, 3], [4, 5, 6]]
m2 = [[7, 8], [9, 10], [11, 12]]
print(matmul(m1, m2))
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
for row in table:
    print(' '.join(f'{v:2d}' for v in row))
