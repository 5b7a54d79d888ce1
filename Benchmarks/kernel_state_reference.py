# CPython reference for the kernel's state save/restore (issue 6): 25 float32 tensors of
# 1024x1024 (100 MiB) written to one file and read back. `--lib torch` uses torch.save/torch.load,
# `--lib numpy` pickles numpy arrays (protocol 5). Each save goes to a temporary file that is
# flushed to disk (fsync) and renamed over the target, as the kernel's atomic save does.
#
#   python3 Benchmarks/kernel_state_reference.py --lib torch|numpy --dir DIR [--quick] [--repeat N]
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
import os
import pickle

LIB = arg_value("--lib", "numpy")
DIR = arg_value("--dir", ".")
target = os.path.join(DIR, "bench-state-" + LIB)

if LIB == "torch":
    import torch
    xs = [torch.randn(1024, 1024) for _ in range(25)]

    def write(f, obj):
        torch.save(obj, f)

    def read(p):
        return torch.load(p)

    def checksum(ys):
        return "%d %.6g" % (len(ys), float(ys[-1].abs().mean()))
else:
    import numpy as np
    xs = [np.random.randn(1024, 1024).astype(np.float32) for _ in range(25)]

    def write(f, obj):
        pickle.dump(obj, f, protocol=5)

    def read(p):
        with open(p, "rb") as f:
            return pickle.load(f)

    def checksum(ys):
        return "%d %.6g" % (len(ys), float(np.abs(ys[-1]).mean()))


def save():
    temporary = target + ".tmp"
    with open(temporary, "wb") as f:
        write(f, {"xs": xs})
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, target)
    return xs


def restore():
    return read(target)["xs"]


bench("kernel.state_save_100MB", save, repeat=5, quick_repeat=2)
bench("kernel.state_restore_100MB", restore, repeat=5, quick_repeat=2)
if os.path.exists(target):
    os.remove(target)
