# Chapter 17's matrix multiplications (5x784 @ 784x10), as the book writes them, with torch.
# Runs unchanged under `tessera` and under CPython with PyTorch; matmul_ch17_numpy.py is the same
# with numpy arrays.
#
#   tessera Benchmarks/matmul_ch17.py [--quick] [--repeat N] [--only NAME]
#
# Prints `name seconds` (median after a warm-up), `name error MESSAGE`, and `# check` lines.
import sys
import time


def arg_value(flag, default):
    if flag in sys.argv:
        i = sys.argv.index(flag)
        if i + 1 < len(sys.argv):
            return sys.argv[i + 1]
    return default


QUICK = "--quick" in sys.argv
REPEAT = int(arg_value("--repeat", "0"))
ONLY = arg_value("--only", "")


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2


def bench(name, fn, repeat=7, quick_repeat=3, warmup=1, number=1):
    # Each timed repeat calls fn `number` times; the reported time is per call.
    if ONLY and ONLY not in name:
        return
    n = REPEAT if REPEAT > 0 else (quick_repeat if QUICK else repeat)
    try:
        result = None
        for _ in range(warmup):
            result = fn()
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            for _ in range(number):
                result = fn()
            times.append((time.perf_counter() - t0) / number)
        check = checksum(result)
    except Exception as e:
        message = (type(e).__name__ + ": " + str(e)).replace("\n", " ")
        print(name + " error " + message, flush=True)
        return
    print("# check " + name + " " + check)
    print(name + " " + ("%.9f" % median(times)), flush=True)


# --- the workloads --------------------------------------------------------------------------
import torch


def checksum(t):
    # Mean absolute value: robust to summation order, compared with a relative tolerance.
    return "%.6g" % float(t.abs().float().mean())


def det(rows, cols, salt):
    # Deterministic data that numpy and torch build identically (no random streams involved).
    n = rows * cols
    v = (torch.arange(n) * 7919 + salt) % 1009
    return (v.float() / 1009 - 0.5).reshape(rows, cols)


m1 = det(5, 784, 1)      # the book's x_valid[:5]
m2 = det(784, 10, 2)     # the book's weights


def matmul_loop(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    assert ac == br
    c = torch.zeros(ar, bc)
    for i in range(ar):
        for j in range(bc):
            for k in range(ac):
                c[i, j] += a[i, k] * b[k, j]
    return c


def matmul_rowcol(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    assert ac == br
    c = torch.zeros(ar, bc)
    for i in range(ar):
        for j in range(bc):
            c[i, j] = (a[i, :] * b[:, j]).sum()
    return c


def matmul_broadcast(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    assert ac == br
    c = torch.zeros(ar, bc)
    for i in range(ar):
        c[i] = (a[i].unsqueeze(-1) * b).sum(dim=0)
    return c


def matmul_einsum(a, b):
    return torch.einsum('ik,kj->ij', a, b)


bench("ch17.triple_loop", lambda: matmul_loop(m1, m2), repeat=5, quick_repeat=1)
bench("ch17.row_col_sum", lambda: matmul_rowcol(m1, m2), repeat=7, quick_repeat=3, number=5)
bench("ch17.broadcast_unsqueeze", lambda: matmul_broadcast(m1, m2), repeat=7, quick_repeat=3, number=20)
bench("ch17.einsum", lambda: matmul_einsum(m1, m2), repeat=7, quick_repeat=3, number=200)
bench("ch17.matmul_op", lambda: m1 @ m2, repeat=7, quick_repeat=3, number=200)
