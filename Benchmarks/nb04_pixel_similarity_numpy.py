# The heavy cells of chapter 4's pixel-similarity notebook with numpy arrays instead of torch
# tensors: the numpy reference for nb04_pixel_similarity.py (same names, same cells). CPython
# only. Loads the PNGs with Pillow; without Pillow the loading cell reports "n/a" and the images
# come from the original MNIST IDX files instead (each PNG's name is its record index there).
#
#   python3 Benchmarks/nb04_pixel_similarity_numpy.py --data DIR [--idx-dir MNIST_DIR] [--quick] [--repeat N] [--only NAME]
#
# Prints `name seconds` (median after a warm-up), `name error MESSAGE`, and `# check` lines.
from harness import ONLY, arg_value, make_bench


def checksum(result):
    return result


bench = make_bench(checksum)


# --- the workloads --------------------------------------------------------------------------
import gzip
import os
from pathlib import Path

import numpy as np

DATA = arg_value("--data", "")
path = Path(DATA)
try:
    from PIL import Image
except ImportError:
    Image = None

IDX_CACHE = {}


def idx_images(name):
    # Images of an MNIST IDX file (big-endian header: magic, count, rows, cols; then bytes).
    if name not in IDX_CACHE:
        folder = arg_value("--idx-dir", "")
        with gzip.open(os.path.join(folder, name), "rb") as f:
            raw = f.read()
        count = int.from_bytes(raw[4:8], "big")
        IDX_CACHE[name] = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(count, 28, 28)
    return IDX_CACHE[name]


def listing(p):
    return sorted(p.iterdir())


def load(folder):
    if Image is not None:
        return [np.array(Image.open(o)) for o in listing(folder)]
    images = idx_images("train-images-idx3-ubyte.gz" if folder.parent.name == "train" else "t10k-images-idx3-ubyte.gz")
    return [images[int(o.stem)] for o in listing(folder)]


state = {}


def load_train():
    state["threes"] = load(path / "train" / "3")
    state["sevens"] = load(path / "train" / "7")
    return "%d %d" % (len(state["threes"]), len(state["sevens"]))


def stack():
    state["stacked_threes"] = np.stack(state["threes"]).astype(np.float32) / 255
    state["stacked_sevens"] = np.stack(state["sevens"]).astype(np.float32) / 255
    return "%.6g %.6g" % (float(state["stacked_threes"].mean()), float(state["stacked_sevens"].mean()))


def mnist_distance(a, b):
    return np.abs(a - b).mean((-1, -2))


def distance_accuracy():
    mean3 = state["stacked_threes"].mean(0)
    mean7 = state["stacked_sevens"].mean(0)
    valid_3_tens = state["valid_3_tens"]
    valid_7_tens = state["valid_7_tens"]

    def is_3(x):
        return mnist_distance(x, mean3) < mnist_distance(x, mean7)

    valid_3_dist = mnist_distance(valid_3_tens, mean3)
    accuracy_3s = is_3(valid_3_tens).astype(np.float32).mean()
    accuracy_7s = (1 - is_3(valid_7_tens).astype(np.float32)).mean()
    return "%.4f %.4f %.4f" % (float(accuracy_3s), float(accuracy_7s), float(valid_3_dist.mean()))


if Image is None:
    if not ONLY or ONLY in "nb04.load_12396_pngs":
        print("nb04.load_12396_pngs n/a Pillow is not installed for this python", flush=True)
    load_train()
else:
    bench("nb04.load_12396_pngs", load_train, repeat=3, quick_repeat=1)
    if "threes" not in state:
        load_train()
bench("nb04.stack_float", stack, repeat=7, quick_repeat=3)
if "stacked_threes" not in state:
    stack()
state["valid_3_tens"] = np.stack(load(path / "valid" / "3")).astype(np.float32) / 255
state["valid_7_tens"] = np.stack(load(path / "valid" / "7")).astype(np.float32) / 255
bench("nb04.distance_accuracy", distance_accuracy, repeat=7, quick_repeat=3)
