# Chapter 4's last cell: a resnet18 from scratch (pretrained=False) trained for one epoch of
# fit_one_cycle(1, 0.1) on MNIST_SAMPLE's PNG files (12,396 training images in 193 batches of 64,
# 2,038 to validate), through fastai's ImageDataLoaders.from_folder and cnn_learner on both sides.
# The time covers the data loaders, the model and the epoch (training and validation), as the
# cell runs them; the check is that the valid accuracy reaches the book's 0.98.
#
#   tessera Benchmarks/fit_ch4_resnet.py --data MNIST_SAMPLE_DIR [--quick] [--repeat N]
#   /tmp/torchenv/bin/python Benchmarks/fit_ch4_resnet.py --data MNIST_SAMPLE_DIR [...]
#
# One epoch takes minutes: there is no warm-up run, and --quick times a single epoch.
import random
from harness import make_bench, arg_value

from fastai.vision.all import *

path = Path(arg_value("--data", ""))


def cell():
    torch.manual_seed(42)
    random.seed(42)
    dls = ImageDataLoaders.from_folder(path)
    # cnn_learner's renaming notice goes to stderr, which the bench does not read.
    learn = cnn_learner(dls, resnet18, pretrained=False, loss_func=F.cross_entropy, metrics=accuracy)
    with learn.no_bar(), learn.no_logging():
        learn.fit_one_cycle(1, 0.1)
    return learn.recorder.values[-1][-1]


bench = make_bench(lambda acc: "accuracy >= 0.98" if acc >= 0.98 else "accuracy %.4f" % acc)
bench("fit.ch4_resnet18", cell, repeat=3, quick_repeat=1, warmup=0)
