# CPython reference for the kernel's state save/restore: 25 float32 tensors of
# 1024x1024 (100 MiB) written to one file and read back. `--lib torch` uses torch.save/torch.load,
# `--lib numpy` pickles numpy arrays (protocol 5). Each save goes to a temporary file that is
# flushed to disk (fsync) and renamed over the target, as the kernel's atomic save does.
#
#   python3 Benchmarks/kernel_state_reference.py --lib torch|numpy --dir DIR [--quick] [--repeat N]
#
# Prints `name seconds` (median after a warm-up), `name error MESSAGE`, and `# check` lines.
from harness import arg_value, make_bench

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


bench = make_bench(checksum)


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
