#!/usr/bin/env python3
"""Runs the first training steps of a chapter notebook's model in Tessera and in PyTorch and
prints both side by side, to tell a difference in what a layer computes from float32 drift.

A training cell's printed losses can differ from PyTorch's by more than float32 rounding after
an epoch although every layer computes what PyTorch computes: PyTorch sums float32 numbers in
another order, and training compounds those last-digit differences step by step. This script
shows which it is: the first batch's loss, every gradient and the batch-norm running statistics
must agree to float32 rounding (about 1e-6 relative); the following steps, with their learning
rate and momentum, then show how fast the difference grows, next to how fast PyTorch drifts
from itself when it runs on one thread instead of two (other float32 sum orders).

The probe is chapter 13's batch-normalised `simple_cnn` on every fifth full-MNIST image
(Notebooks/13_convolutions.ipynb), trained with fastai's `Learner.fit_one_cycle` at the
notebook's learning rate. Output: one line per quantity, "tessera | pytorch | pytorch with 1
thread".

    /tmp/torchenv/bin/python Scripts/compare-first-steps.py [STEPS [OPTIMIZER]]

OPTIMIZER is fastai's optimizer function (Adam, as Learner's default, or SGD): Adam's first
steps move each weight by about the learning rate times the sign of its gradient, so where a
gradient is float32 noise (a convolution's bias before batch norm has a true gradient of 0)
the two sides take opposite full-size steps; SGD shows the drift without that amplifier.
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TESSERA = os.environ.get("TESSERA", os.path.join(ROOT, ".build", "release", "tessera"))

PROBE = r'''
from fastai.vision.all import *
STEPS = %(steps)d
OPT = %(opt)s
path = untar_data(URLs.MNIST)
def every_fifth_image(path): return get_image_files(path)[::5]
set_seed(42)
dls = DataBlock(blocks=(ImageBlock(cls=PILImageBW), CategoryBlock), get_items=every_fifth_image,
                splitter=GrandparentSplitter('training','testing'), get_y=parent_label,
                batch_tfms=Normalize()).dataloaders(path, bs=512)
def conv(ni, nf, ks=3, act=True):
    layers = [nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks//2)]
    layers.append(nn.BatchNorm2d(nf))
    if act: layers.append(nn.ReLU())
    return nn.Sequential(*layers)
def simple_cnn():
    return sequential(conv(1 ,8, ks=5), conv(8 ,16), conv(16,32), conv(32,64), conv(64,10, act=False), Flatten())

set_seed(42)
model = simple_cnn()
xb, yb = first(dls.train)
xb, yb = TensorBase(xb), TensorBase(yb)
print("batch", "%%.9g" %% xb.sum().item(), yb[:8].tolist())
loss = F.cross_entropy(model(xb), yb)
loss.backward()
print("loss", "%%.9g" %% loss.item())
for name, p in model.named_parameters():
    print("grad", name, "%%.9g" %% p.grad.sum().item(), "%%.9g" %% p.grad.abs().max().item())
for name, b in model.named_buffers():
    if b.is_floating_point(): print("buffer", name, "%%.9g" %% b.sum().item(), "%%.9g" %% b.abs().max().item())
model.eval()
print("eval loss", "%%.9g" %% F.cross_entropy(model(xb), yb).item())

class StepLosses(Callback):
    "Prints each training batch's loss, and stops after STEPS batches."
    def after_batch(self):
        if not self.training: return
        hypers = self.opt.hypers[0]
        print("step", self.iter, "loss %%.9g lr %%.9g mom %%.9g" %% (self.loss.item(), hypers['lr'], hypers['mom']))
        if self.iter + 1 >= STEPS: raise CancelFitException()
set_seed(42)
learn = Learner(dls, simple_cnn(), loss_func=F.cross_entropy, metrics=accuracy, cbs=StepLosses(), opt_func=OPT)
with learn.no_bar(), learn.no_logging(): learn.fit_one_cycle(1, 0.06)
print("weight after", "%%.9g" %% learn.model[0][0].weight.sum().item())
'''


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    optimizer = sys.argv[2] if len(sys.argv) > 2 else "Adam"
    probe = PROBE % {"steps": steps, "opt": optimizer}
    env = dict(os.environ, OPENBLAS_CORETYPE="Haswell")
    ours = subprocess.run([TESSERA, "-c", probe], env=env, capture_output=True, text=True)
    # The reference reads the PNG files Tessera lays out from the MNIST it ships.
    folder = subprocess.run([TESSERA, "-c", "from fastai.vision.all import *\nprint(untar_data(URLs.MNIST))"],
                            env=env, capture_output=True, text=True).stdout.splitlines()[-1]
    reference_probe = probe.replace("untar_data(URLs.MNIST)", "Path(%r)" % folder)
    theirs = subprocess.run([sys.executable, "-c", reference_probe], env=env, capture_output=True, text=True)
    # PyTorch against itself: one thread splits its float32 sums differently from two, which is
    # the size of difference rounding alone makes.
    single = subprocess.run([sys.executable, "-c", "import torch; torch.set_num_threads(1)\n" + reference_probe],
                            env=env, capture_output=True, text=True)
    if ours.returncode or theirs.returncode or single.returncode:
        sys.exit("tessera:\n%s\nreference:\n%s" % (ours.stderr[-3000:], theirs.stderr[-3000:] + single.stderr[-3000:]))
    columns = [ours.stdout.splitlines(), theirs.stdout.splitlines(), single.stdout.splitlines()]
    print("tessera | pytorch | pytorch with 1 thread")
    for row in zip(*columns):
        print(" | ".join(row))
    if len(set(map(len, columns))) > 1:
        print("line counts differ: tessera %d, pytorch %d, pytorch with 1 thread %d" % tuple(map(len, columns)))


if __name__ == "__main__":
    main()
