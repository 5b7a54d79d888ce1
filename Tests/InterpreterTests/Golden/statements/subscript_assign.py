# Assignment and augmented assignment to tuple-indexed subscripts.
class Grid:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = [0] * (rows * cols)
    def __getitem__(self, idx):
        i, j = idx
        return self.data[i * self.cols + j]
    def __setitem__(self, idx, value):
        i, j = idx
        self.data[i * self.cols + j] = value
    def __repr__(self):
        return repr([self.data[r * self.cols:(r + 1) * self.cols] for r in range(self.rows)])
a = Grid(2, 2); b = Grid(2, 2)
for i in range(2):
    for j in range(2):
        a[i, j] = i + j
        b[i, j] = i * 2 + j
c = Grid(2, 2)
for i in range(2):
    for j in range(2):
        for k in range(2): c[i, j] += a[i, k] * b[k, j]
print(a, b, c)
