# Chapter 17's matrix multiplications (5x784 @ 784x10) with numpy arrays: the numpy reference
# for matmul_ch17.py (same names, same data, same code with numpy spellings). CPython only.
#
#   python3 Benchmarks/matmul_ch17_numpy.py [--quick] [--repeat N] [--only NAME]
#
# Prints `name seconds` (median after a warm-up), `name error MESSAGE`, and `# check` lines.
from harness import make_bench

# --- the workloads --------------------------------------------------------------------------
import numpy as np


def checksum(t):
    # Mean absolute value: robust to summation order, compared with a relative tolerance.
    return "%.6g" % float(np.abs(t).astype(np.float64).mean())


bench = make_bench(checksum)


def det(rows, cols, salt):
    # Deterministic data that numpy and torch build identically (no random streams involved).
    n = rows * cols
    v = (np.arange(n, dtype=np.int64) * 7919 + salt) % 1009
    return (v.astype(np.float32) / 1009 - 0.5).reshape(rows, cols)


m1 = det(5, 784, 1)      # the book's x_valid[:5]
m2 = det(784, 10, 2)     # the book's weights


def matmul_loop(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    assert ac == br
    c = np.zeros((ar, bc), dtype=np.float32)
    for i in range(ar):
        for j in range(bc):
            for k in range(ac):
                c[i, j] += a[i, k] * b[k, j]
    return c


def matmul_rowcol(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    assert ac == br
    c = np.zeros((ar, bc), dtype=np.float32)
    for i in range(ar):
        for j in range(bc):
            c[i, j] = (a[i, :] * b[:, j]).sum()
    return c


def matmul_broadcast(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    assert ac == br
    c = np.zeros((ar, bc), dtype=np.float32)
    for i in range(ar):
        c[i] = (a[i][:, None] * b).sum(axis=0)
    return c


def matmul_einsum(a, b):
    return np.einsum('ik,kj->ij', a, b)


bench("ch17.triple_loop", lambda: matmul_loop(m1, m2), repeat=5, quick_repeat=1)
bench("ch17.row_col_sum", lambda: matmul_rowcol(m1, m2), repeat=7, quick_repeat=3, number=5)
bench("ch17.broadcast_unsqueeze", lambda: matmul_broadcast(m1, m2), repeat=7, quick_repeat=3, number=20)
bench("ch17.einsum", lambda: matmul_einsum(m1, m2), repeat=7, quick_repeat=3, number=200)
bench("ch17.matmul_op", lambda: m1 @ m2, repeat=7, quick_repeat=3, number=200)
