# Chapter 13's simple CNN layers on MNIST-sized batches: F.conv2d forward and backward, batch 64,
# kernel 3, stride 2, padding 1, channels 1 -> 4 -> 8 -> 16 -> 32 at 28 -> 14 -> 7 -> 4 -> 2.
# Runs unchanged under `tessera` and under CPython with PyTorch (there is no numpy variant).
#
#   tessera Benchmarks/conv_ch13.py [--quick] [--repeat N] [--only NAME]
#   /tmp/torchenv/bin/python Benchmarks/conv_ch13.py [--quick] [--repeat N] [--only NAME]
#
# Prints `name seconds` (median after a warm-up), `name error MESSAGE`, and `# check` lines.
from harness import make_bench

# --- the workloads --------------------------------------------------------------------------
import torch
import torch.nn.functional as F


def checksum(ts):
    # Mean absolute values: robust to summation order, compared with a relative tolerance.
    return " ".join("%.5g" % float(t.detach().abs().float().mean()) for t in ts)


bench = make_bench(checksum)


def det(shape, salt):
    # Deterministic data that every side builds identically (no random streams involved).
    n = 1
    for s in shape:
        n *= s
    v = (torch.arange(n) * 7919 + salt) % 1009
    return (v.float() / 1009 - 0.5).reshape(shape)


LAYERS = [(1, 4, 28), (4, 8, 14), (8, 16, 7), (16, 32, 4)]
data = []
for k, (cin, cout, size) in enumerate(LAYERS):
    x = det((64, cin, size, size), 3 * k + 1).requires_grad_()
    w = (det((cout, cin, 3, 3), 3 * k + 2) * 0.3).requires_grad_()
    b = det((cout,), 3 * k + 3).requires_grad_()
    g = det((64, cout, (size + 1) // 2, (size + 1) // 2), 3 * k + 4)
    data.append((x, w, b, g))


def forward(x, w, b):
    return F.conv2d(x, w, b, stride=2, padding=1)


def forward_backward(x, w, b, g):
    x.grad = None
    w.grad = None
    b.grad = None
    y = F.conv2d(x, w, b, stride=2, padding=1)
    y.backward(g)
    return [y, x.grad, w.grad, b.grad]


for k, (cin, cout, size) in enumerate(LAYERS):
    x, w, b, g = data[k]
    name = "conv.ch13_%dto%d_%dpx" % (cin, cout, size)
    bench(name + "_fwd", lambda: [forward(x, w, b)], number=20)
    bench(name + "_fwd_bwd", lambda: forward_backward(x, w, b, g), number=10)


def all_layers():
    out = []
    for x, w, b, g in data:
        out += forward_backward(x, w, b, g)
    return out


bench("conv.ch13_all_layers_fwd_bwd", all_layers, number=5)
