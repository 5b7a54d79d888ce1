# Chapter 13's simple CNN layers on MNIST-sized batches: F.conv2d forward and backward, batch 64,
# kernel 3, stride 2, padding 1, channels 1 -> 4 -> 8 -> 16 -> 32 -> 2 at 28 -> 14 -> 7 -> 4 -> 2.
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


LAYERS = [(1, 4, 28), (4, 8, 14), (8, 16, 7), (16, 32, 4), (32, 2, 2)]
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


# BatchNorm2d after the second convolution (batch 64, 8 channels, 14x14), training mode:
# batch statistics, running-statistics update, and the backward to input, weight and bias.
bn_x = det((64, 8, 14, 14), 101).requires_grad_()
bn_w = (det((8,), 102) + 1).requires_grad_()
bn_b = det((8,), 103).requires_grad_()
bn_g = det((64, 8, 14, 14), 104)
bn_mean = torch.zeros(8)
bn_var = torch.ones(8)


def batch_norm_forward_backward():
    bn_x.grad = None
    bn_w.grad = None
    bn_b.grad = None
    y = F.batch_norm(bn_x, bn_mean, bn_var, bn_w, bn_b, training=True, momentum=0.1, eps=1e-5)
    y.backward(bn_g)
    return [y, bn_x.grad, bn_w.grad, bn_b.grad]


bench("conv.ch13_batchnorm_8ch_14px_fwd_bwd", batch_norm_forward_backward, number=10)
