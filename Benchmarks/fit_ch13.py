# One epoch of chapter 13's simple_cnn on MNIST_SAMPLE (12,396 training images, 2,038 to
# validate), batch 64, Adam with the one-cycle schedule, images preloaded as one tensor.
#
#   fit.ch13_epoch         tessera: fastai's Learner.fit_one_cycle;  PyTorch side: a plain loop
#   fit.ch13_epoch_fastai  fastai's Learner on both sides
#   fit.ch13_epoch_plain   the plain loop on both sides (torch.optim.AdamW + the same schedule)
#
#   tessera Benchmarks/fit_ch13.py --data MNIST_SAMPLE_DIR [--quick] [--repeat N] [--only NAME]
#   /tmp/torchenv/bin/python Benchmarks/fit_ch13.py --data MNIST_SAMPLE_DIR [...]
import math
import sys
from pathlib import Path
from harness import make_bench, arg_value

import torch
from torch import nn
import torch.nn.functional as F
import numpy
from PIL import Image
from fastai.vision.all import Learner, DataLoaders, accuracy, sequential, Flatten

TESSERA = getattr(sys.implementation, "name", sys.implementation) == "tessera"
path = Path(arg_value("--data", ""))


def load(split):
    xs, ys = [], []
    for label, digit in ((0, "3"), (1, "7")):
        files = sorted((path / split / digit).iterdir())
        xs += [torch.as_tensor(numpy.array(Image.open(f))) for f in files]
        ys += [label] * len(files)
    return torch.stack(xs).float().div_(255).unsqueeze(1), torch.tensor(ys)


x_train, y_train = load("train")
x_valid, y_valid = load("valid")


class TensorLoader:
    "Batches of preloaded tensors, shuffled by a permutation (the same work on every side)"
    def __init__(self, x, y, bs, shuffle):
        self.x, self.y, self.bs, self.shuffle = x, y, bs, shuffle

    def __len__(self):
        return (len(self.x) + self.bs - 1) // self.bs

    def __iter__(self):
        idx = torch.randperm(len(self.x)) if self.shuffle else None
        for i in range(0, len(self.x), self.bs):
            if idx is None:
                yield self.x[i:i + self.bs], self.y[i:i + self.bs]
            else:
                j = idx[i:i + self.bs]
                yield self.x[j], self.y[j]


def conv(ni, nf, ks=3, act=True):
    res = nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks // 2)
    if act:
        res = nn.Sequential(res, nn.ReLU())
    return res


def simple_cnn():
    return sequential(conv(1, 4), conv(4, 8), conv(8, 16), conv(16, 32), conv(32, 2, act=False), Flatten())


LR = 0.01


def fit_fastai():
    torch.manual_seed(42)
    dls = DataLoaders(TensorLoader(x_train, y_train, 64, True), TensorLoader(x_valid, y_valid, 64, False))
    learn = Learner(dls, simple_cnn(), loss_func=F.cross_entropy, metrics=accuracy)
    with learn.no_bar(), learn.no_logging():
        learn.fit_one_cycle(1, LR)
    return learn.recorder.values[-1][-1]


def one_cycle(pct, start, middle, end, pct_start=0.25):
    # fastai's combined_cos: cosine from start to middle over pct_start, then middle to end.
    if pct < pct_start:
        a, b, p = start, middle, pct / pct_start
    else:
        a, b, p = middle, end, (pct - pct_start) / (1 - pct_start)
    return a + (1 + math.cos(math.pi * (1 - p))) * (b - a) / 2


class SimpleAdamW:
    "torch.optim.AdamW's update in tensor operations, where torch.optim has no AdamW"
    def __init__(self, params, lr, betas, eps, weight_decay):
        self.param_groups = [{"params": list(params), "lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay}]
        self.state = {}

    def step(self):
        with torch.no_grad():
            for g in self.param_groups:
                b1, b2 = g["betas"]
                for p in g["params"]:
                    if p.grad is None:
                        continue
                    s = self.state.get(p)
                    if s is None:
                        s = self.state[p] = {"step": 0, "m": torch.zeros_like(p), "v": torch.zeros_like(p)}
                    s["step"] += 1
                    p.mul_(1 - g["lr"] * g["weight_decay"])
                    s["m"].mul_(b1).add_(p.grad, alpha=1 - b1)
                    s["v"].mul_(b2).add_(p.grad * p.grad, alpha=1 - b2)
                    denom = (s["v"] / (1 - b2 ** s["step"])).sqrt_().add_(g["eps"])
                    p.sub_(s["m"] / denom * (g["lr"] / (1 - b1 ** s["step"])))

    def zero_grad(self):
        for g in self.param_groups:
            for p in g["params"]:
                p.grad = None


def fit_plain():
    torch.manual_seed(42)
    model = simple_cnn()
    adamw = getattr(torch.optim, "AdamW", SimpleAdamW)
    opt = adamw(model.parameters(), lr=LR / 25, betas=(0.95, 0.99), eps=1e-5, weight_decay=0.01)
    train = TensorLoader(x_train, y_train, 64, True)
    n = len(train)
    model.train()
    for i, (xb, yb) in enumerate(train):
        pct = i / n
        for g in opt.param_groups:
            g["lr"] = one_cycle(pct, LR / 25, LR, LR / 1e5)
            g["betas"] = (one_cycle(pct, 0.95, 0.85, 0.95), 0.99)
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    correct, total = 0, 0
    with torch.no_grad():
        for xb, yb in TensorLoader(x_valid, y_valid, 64, False):
            out = model(xb)
            F.cross_entropy(out, yb)
            correct += (out.argmax(1) == yb).sum().item()
            total += len(yb)
    return correct / total


bench = make_bench(lambda acc: "%.2f" % acc)
bench("fit.ch13_epoch", fit_fastai if TESSERA else fit_plain, repeat=5, quick_repeat=2)
bench("fit.ch13_epoch_fastai", fit_fastai, repeat=5, quick_repeat=2)
bench("fit.ch13_epoch_plain", fit_plain, repeat=5, quick_repeat=2)
