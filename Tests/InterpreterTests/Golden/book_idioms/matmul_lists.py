# Chapter 17: matmul with a triple loop, c[i,j] += a[i,k] * b[k,j] on a dict-backed matrix.
class Mat:
    def __init__(self, rows, cols, fill=0.):
        self.shape = (rows, cols)
        self.d = {(i, j): fill for i in range(rows) for j in range(cols)}
    def __getitem__(self, ij): return self.d[ij]
    def __setitem__(self, ij, v): self.d[ij] = v
    def __repr__(self):
        r, c = self.shape
        return '\n'.join(' '.join(f'{self[i, j]:6.1f}' for j in range(c)) for i in range(r))
def matmul(a,b):
    ar,ac = a.shape # n_rows * n_cols
    br,bc = b.shape
    assert ac==br
    c = Mat(ar, bc)
    for i in range(ar):
        for j in range(bc):
            for k in range(ac): c[i,j] += a[i,k] * b[k,j]
    return c
a = Mat(2, 3); b = Mat(3, 2)
for i in range(2):
    for k in range(3):
        a[i, k] = i + k
        b[k, i] = k - i
print(matmul(a, b))
try:
    matmul(a, a)
except AssertionError:
    print('shapes do not match')
