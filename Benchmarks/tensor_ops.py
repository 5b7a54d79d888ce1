# TensorKit's tensor operations with torch: elementwise and broadcast ops on
# 4M-element float32 tensors, reductions over each axis of 2000x2000, the chapter-4 distance
# (a-b).abs().mean((-1,-2)) for 1010x28x28 against 28x28, sgemm 1024x1024 and gemv
# 12396x784 @ 784x1. Runs unchanged under `tessera` and under CPython with PyTorch;
# tensor_ops_numpy.py is the numpy reference (same names, same data).
#
#   tessera Benchmarks/tensor_ops.py [--quick] [--repeat N] [--only NAME]
#
# Prints `name seconds` (median after a warm-up), `name error MESSAGE`, and `# check` lines.
from harness import make_bench

# --- the workloads --------------------------------------------------------------------------
import torch


def checksum(t):
    # Mean absolute value: robust to summation order, compared with a relative tolerance.
    return "%.6g" % float(t.abs().float().mean())


bench = make_bench(checksum)


def det(rows, cols, salt):
    # Deterministic data that numpy and torch build identically (no random streams involved).
    n = rows * cols
    v = (torch.arange(n) * 7919 + salt) % 1009
    return (v.float() / 1009 - 0.5).reshape(rows, cols)


a = det(2000, 2000, 1)          # 4M float32
b = det(2000, 2000, 2)
row = det(1, 2000, 3).reshape(2000)
col = det(2000, 1, 4)
scratch = a.clone()


def iadd():
    scratch.add_(b)
    return scratch


bench("tensor.add_4M", lambda: a + b)
bench("tensor.mul_scalar_4M", lambda: a * 1.5)
bench("tensor.exp_4M", lambda: a.exp())
bench("tensor.relu_4M", lambda: a.relu())
bench("tensor.add_transposed_4M", lambda: a.t() + b)
bench("tensor.iadd_4M", iadd)
bench("tensor.bcast_row_2000x2000", lambda: a + row)
bench("tensor.bcast_col_2000x2000", lambda: a * col)
bench("tensor.sum_all_2000x2000", lambda: a.sum())
bench("tensor.sum_dim0_2000x2000", lambda: a.sum(0))
bench("tensor.sum_dim1_2000x2000", lambda: a.sum(1))
bench("tensor.mean_dim0_2000x2000", lambda: a.mean(0))
bench("tensor.mean_dim1_2000x2000", lambda: a.mean(1))
bench("tensor.argmax_dim1_2000x2000", lambda: a.argmax(1))

imgs = det(1010 * 28, 28, 5).reshape(1010, 28, 28)
mean_img = det(28, 28, 6)
bench("tensor.mnist_distance_1010x28x28", lambda: (imgs - mean_img).abs().mean((-1, -2)), number=5)

g1 = det(1024, 1024, 7)
g2 = det(1024, 1024, 8)
bench("tensor.sgemm_1024", lambda: g1 @ g2, repeat=11, quick_repeat=5)

x = det(12396, 784, 9)
w = det(784, 1, 10)
bench("tensor.gemv_12396x784", lambda: x @ w, repeat=11, quick_repeat=5)
