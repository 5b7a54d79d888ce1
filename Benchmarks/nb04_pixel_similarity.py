# The heavy cells of chapter 4's pixel-similarity notebook: loading the 12,396 training
# PNGs of MNIST_SAMPLE into a list of tensors, stacking them as floats, and the distance and
# accuracy cells over the validation set. Runs unchanged under `tessera` (fastai's names) and
# under CPython with Pillow + PyTorch (the same cells spelled with plain torch/PIL/pathlib);
# nb04_pixel_similarity_numpy.py is the numpy reference.
#
#   tessera Benchmarks/nb04_pixel_similarity.py [--data DIR] [--quick] [--repeat N] [--only NAME]
#
# DIR is the MNIST_SAMPLE folder (default: untar_data(URLs.MNIST_SAMPLE), which needs fastai).
# Prints `name seconds` (median after a warm-up), `name error MESSAGE`, and `# check` lines.
from harness import arg_value, make_bench


def checksum(result):
    return result


bench = make_bench(checksum)


# --- the workloads --------------------------------------------------------------------------
DATA = arg_value("--data", "")
try:
    from fastai.vision.all import *

    def listing(p):
        return p.ls().sorted()

    path = Path(DATA) if DATA else untar_data(URLs.MNIST_SAMPLE)
except ImportError:
    # CPython without fastai: what fastai's helpers do, with torch, Pillow and pathlib.
    import torch
    import numpy
    from pathlib import Path
    from PIL import Image

    def tensor(x):
        return torch.as_tensor(numpy.array(x))

    def listing(p):
        return sorted(p.iterdir())

    path = Path(DATA)


def load(folder):
    return [tensor(Image.open(o)) for o in listing(folder)]


state = {}


def load_train():
    state["threes"] = load(path / "train" / "3")
    state["sevens"] = load(path / "train" / "7")
    return "%d %d" % (len(state["threes"]), len(state["sevens"]))


def stack():
    state["stacked_threes"] = torch.stack(state["threes"]).float() / 255
    state["stacked_sevens"] = torch.stack(state["sevens"]).float() / 255
    return "%.6g %.6g" % (float(state["stacked_threes"].mean()), float(state["stacked_sevens"].mean()))


def mnist_distance(a, b):
    return (a - b).abs().mean((-1, -2))


def distance_accuracy():
    mean3 = state["stacked_threes"].mean(0)
    mean7 = state["stacked_sevens"].mean(0)
    valid_3_tens = state["valid_3_tens"]
    valid_7_tens = state["valid_7_tens"]

    def is_3(x):
        return mnist_distance(x, mean3) < mnist_distance(x, mean7)

    valid_3_dist = mnist_distance(valid_3_tens, mean3)
    accuracy_3s = is_3(valid_3_tens).float().mean()
    accuracy_7s = (1 - is_3(valid_7_tens).float()).mean()
    return "%.4f %.4f %.4f" % (float(accuracy_3s), float(accuracy_7s), float(valid_3_dist.mean()))


# The loading cell reads 12,396 files: one warm-up (page cache), few repeats.
bench("nb04.load_12396_pngs", load_train, repeat=3, quick_repeat=1)
if "threes" not in state:
    load_train()
bench("nb04.stack_float", stack, repeat=7, quick_repeat=3)
if "stacked_threes" not in state:
    stack()
state["valid_3_tens"] = torch.stack(load(path / "valid" / "3")).float() / 255
state["valid_7_tens"] = torch.stack(load(path / "valid" / "7")).float() / 255
bench("nb04.distance_accuracy", distance_accuracy, repeat=7, quick_repeat=3)
