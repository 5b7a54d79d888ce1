# Chapter 13's data pipeline: fastai's DataBlock over MNIST_SAMPLE's PNG files
# (ImageBlock(cls=PILImageBW), CategoryBlock, GrandparentSplitter, parent_label, batch 64) and
# one pass over dls.train + dls.valid (12,396 + 2,038 images: open, decode, label, collate,
# IntToFloatTensor). Runs unchanged under `tessera` and under CPython with fastai, whose own
# DataLoader uses its default worker processes.
#
#   tessera Benchmarks/fastai_data_ch13.py [--data DIR] [--quick] [--repeat N] [--only NAME]
#
# DIR is the MNIST_SAMPLE folder (default: untar_data(URLs.MNIST_SAMPLE)). The warm-up pass is
# not timed, so the time is that of a second epoch (files in the page cache).
from harness import arg_value, make_bench

from fastai.vision.all import *


def checksum(result):
    return result


bench = make_bench(checksum)
DATA = arg_value("--data", "")
path = Path(DATA) if DATA else untar_data(URLs.MNIST_SAMPLE)


def make_dls():
    mnist = DataBlock((ImageBlock(cls=PILImageBW), CategoryBlock), get_items=get_image_files,
                      splitter=GrandparentSplitter(), get_y=parent_label)
    return mnist.dataloaders(path)


def describe(dls):
    return "%d %d %s" % (len(dls.train_ds), len(dls.valid_ds), list(dls.vocab))


def one_epoch(dls):
    # Items seen, and the sum of the validation labels (the training order is shuffled).
    seen, valid_ones = 0, 0
    for xb, yb in dls.train:
        seen += xb.shape[0]
    for xb, yb in dls.valid:
        seen += xb.shape[0]
        valid_ones += int(yb.sum())
    return "%d %d %s" % (seen, valid_ones, tuple(xb.shape[1:]))


bench("fastai.datablock_dataloaders", lambda: describe(make_dls()), repeat=3, quick_repeat=1)
dls = make_dls()
bench("fastai.datablock_epoch", lambda: one_epoch(dls), repeat=5, quick_repeat=2)

# Tessera decodes an unchanged image file once per session (fastai/vision/core.py's ImageCache);
# this epoch empties that cache first, so every PNG is decoded again as fastai does every epoch.
try:
    from fastai.vision.core import _image_cache
    forget_images = _image_cache.clear
except ImportError:
    def forget_images():
        pass


def cold_epoch(dls):
    forget_images()
    return one_epoch(dls)


bench("fastai.datablock_epoch_decode", lambda: cold_epoch(dls), repeat=5, quick_repeat=2)
