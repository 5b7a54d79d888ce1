# __setitem__ and __getitem__ with tuple keys.
class Matrix:
    def __init__(self, n, m):
        self.n, self.m = n, m
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value
mat = Matrix(2, 2)
mat[0, 0] = 1
mat[1, 1] = 5
mat[1, 1] += 1
print(mat[0, 0], mat[0, 1], mat[1, 1])
print(sorted(mat.cells.items()))
