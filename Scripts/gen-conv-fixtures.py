#!/usr/bin/env python3
"""Generates Tests/TensorKitTests/Fixtures/conv.json: PyTorch's results for conv2d, max_pool2d,
avg_pool2d, adaptive_avg_pool2d and adaptive_max_pool2d, batch_norm (training and evaluation,
with the running statistics it leaves), pad, Tensor.unfold, F.unfold, interpolate and histc
(forward values, indices, gradients of every input, grad_fn names) and the error messages of
bad arguments. ConvolutionTests.swift and LayerTests.swift rebuild the same inputs, run
TensorKit and compare.

Regenerate from the repository root with the reference environment of README.md:

    /tmp/torchenv/bin/python Scripts/gen-conv-fixtures.py

Inputs are not stored: every tensor is the deterministic formula
    value[i] = ((i * 7919 + offset) % 1000 - 500) / 64      (i = row-major index)
over a base shape, then the listed view steps (permute, slice, transpose) give the layout under
test (channels-last strides, a sliced batch, ...), exactly as Fixture.input replays them. The
values are multiples of 1/64, so both sides start from bit-identical float32/float64 inputs.

Results are stored in full for small cases; the batch-64 chapter-13 cases store a sample
(every 97th element plus sum and sum of absolute values) to keep the file small.
"""
import json
import math
import os

import torch
import torch.nn.functional as F

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "Tests", "TensorKitTests", "Fixtures", "conv.json")
DTYPES = {"float32": torch.float32, "float64": torch.float64}
NAMES = {v: k for k, v in DTYPES.items()}

torch.set_num_threads(1)  # determinism of the reference values does not depend on threads


def formula(shape, offset, dtype="float32"):
    n = math.prod(shape)
    values = [((i * 7919 + offset) % 1000 - 500) / 64 for i in range(n)]
    return torch.tensor(values, dtype=torch.float64).reshape(shape).to(DTYPES[dtype])


def make(spec):
    """Builds a tensor from a spec {"formula": {...}, "view": [...]} (the Swift side replays it)."""
    f = spec["formula"]
    t = formula(f["shape"], f["offset"], f["dtype"])
    for step in spec.get("view", []):
        op = step[0]
        if op == "permute":
            t = t.permute(*step[1])
        elif op == "slice":
            dim, start, stop, stride = step[1:]
            index = [slice(None)] * t.dim()
            index[dim] = slice(start, stop, stride)
            t = t[tuple(index)]
        elif op == "transpose":
            t = t.transpose(step[1], step[2])
        else:
            raise ValueError(op)
    return t


def spec(shape, offset, dtype="float32", view=None):
    s = {"formula": {"shape": list(shape), "offset": offset, "dtype": dtype}}
    if view:
        s["view"] = view
    return s


def enc(t, sample=False):
    t = t.detach().contiguous()
    flat = t.reshape(-1).tolist()
    if t.dtype == torch.float32:
        # Nine significant digits name a float32 exactly and keep the file half the size.
        flat = [float("%.9g" % v) for v in flat]
    dtype = "int64" if t.dtype == torch.int64 else NAMES[t.dtype]
    out = {"dtype": dtype, "shape": list(t.shape)}
    if sample:
        idx = list(range(0, len(flat), 97))
        out["indices"] = idx
        out["values"] = [flat[i] for i in idx]
        out["sum"] = float(t.double().sum())
        out["abs_sum"] = float(t.double().abs().sum())
    else:
        out["data"] = flat
    return out


def with_grads(result, leaves, grad_offset, sample):
    g = formula(list(result.shape), grad_offset, NAMES[result.dtype])
    result.backward(g)
    return [enc(leaf.grad, sample) if leaf.grad is not None else None for leaf in leaves]


# ------------------------------------------------------------------ conv2d

conv_cases = []


def conv(label, inp, weight, bias=None, stride=1, padding=0, dilation=1, groups=1, sample=False):
    x = make(inp).requires_grad_()
    w = make(weight).requires_grad_()
    b = make(bias).requires_grad_() if bias else None
    y = F.conv2d(x, w, b, stride=stride, padding=padding, dilation=dilation, groups=groups)
    leaves = [x, w] + ([b] if b is not None else [])
    case = {
        "label": label, "input": inp, "weight": weight, "bias": bias,
        "stride": stride if isinstance(stride, list) else [stride],
        "padding": padding if isinstance(padding, list) else [padding],
        "dilation": dilation if isinstance(dilation, list) else [dilation],
        "groups": groups, "grad_fn": type(y.grad_fn).__name__,
        "output": enc(y, sample),
    }
    case["grads"] = with_grads(y, leaves, 271, sample)
    conv_cases.append(case)


# Chapter 13's simple CNN on MNIST: batch 64, k3 s2 p1, 1 -> 4 -> 8 -> 16 -> 32 -> 2 channels.
for i, (c, o, size) in enumerate([(1, 4, 28), (4, 8, 14), (8, 16, 7), (16, 32, 4), (32, 2, 2)]):
    conv("ch13 layer %d (batch 64)" % (i + 1), spec([64, c, size, size], 3 + i), spec([o, c, 3, 3], 11 + i),
         spec([o], 5 + i), stride=2, padding=1, sample=True)
    conv("ch13 layer %d (batch 2)" % (i + 1), spec([2, c, size, size], 3 + i), spec([o, c, 3, 3], 11 + i),
         spec([o], 5 + i), stride=2, padding=1)
conv("ch13 layer 3 sliced batch", spec([128, 8, 7, 7], 40, view=[["slice", 0, 1, 128, 2]]), spec([16, 8, 3, 3], 41),
     spec([16], 42), stride=2, padding=1, sample=True)
conv("ch13 layer 4 channels-last", spec([64, 4, 4, 16], 43, view=[["permute", [0, 3, 1, 2]]]), spec([32, 16, 3, 3], 44),
     spec([32], 45), stride=2, padding=1, sample=True)
conv("groups 2", spec([2, 4, 9, 9], 1), spec([6, 2, 3, 3], 2), spec([6], 3), padding=1, groups=2)
conv("depthwise", spec([2, 3, 6, 7], 4), spec([3, 1, 3, 3], 5), spec([3], 6), padding=1, groups=3)
conv("depthwise x2", spec([1, 3, 6, 7], 7), spec([6, 1, 2, 2], 8), None, stride=2, groups=3)
conv("dilation 2", spec([2, 3, 11, 10], 9), spec([4, 3, 3, 3], 10), spec([4], 11), padding=2, dilation=2)
conv("no bias, stride 1 padding 0", spec([2, 2, 8, 8], 12), spec([3, 2, 3, 3], 13))
conv("odd sizes", spec([3, 3, 13, 11], 14), spec([5, 3, 3, 5], 15), spec([5], 16),
     stride=[2, 3], padding=[1, 2], dilation=[1, 2])
conv("pointwise", spec([2, 4, 5, 5], 17), spec([3, 4, 1, 1], 18), spec([3], 19))
conv("pointwise grouped", spec([2, 4, 5, 3], 20), spec([6, 2, 1, 1], 21), spec([6], 22), groups=2)
conv("1x1 stride 2", spec([2, 3, 5, 5], 23), spec([2, 3, 1, 1], 24), None, stride=2)
conv("kernel covers input", spec([2, 2, 4, 5], 25), spec([3, 2, 4, 5], 26), spec([3], 27))
conv("big padding", spec([1, 2, 3, 3], 28), spec([2, 2, 2, 2], 29), spec([2], 30), padding=3)
conv("unbatched", spec([2, 6, 6], 31), spec([3, 2, 3, 3], 32), spec([3], 33), padding=1)
conv("float64", spec([2, 3, 7, 7], 34, "float64"), spec([4, 3, 3, 3], 35, "float64"),
     spec([4], 36, "float64"), stride=2, padding=1)
conv("channels-last input", spec([2, 7, 7, 3], 37, view=[["permute", [0, 3, 1, 2]]]),
     spec([4, 3, 3, 3], 38), spec([4], 39), stride=2, padding=1)
conv("channels-last weight", spec([2, 3, 7, 7], 40),
     spec([4, 3, 3, 3], 41, view=[["permute", [0, 3, 1, 2]]]), spec([4], 42), padding=1)
conv("sliced batch", spec([6, 3, 8, 8], 43, view=[["slice", 0, 1, 6, 2]]), spec([4, 3, 3, 3], 44),
     spec([4], 45), stride=2, padding=1)
conv("transposed spatial", spec([2, 3, 9, 8], 46, view=[["transpose", 2, 3]]), spec([4, 3, 3, 3], 47),
     spec([4], 48), padding=1)
conv("sliced channels and rows", spec([2, 6, 10, 9], 49, view=[["slice", 1, 0, 6, 2], ["slice", 2, 1, 9, 1]]),
     spec([4, 3, 3, 3], 50), spec([4], 51), stride=2, padding=1)
conv("strided bias", spec([1, 2, 5, 5], 52), spec([3, 2, 3, 3], 53), spec([6], 54, view=[["slice", 0, 0, 6, 2]]))

# ------------------------------------------------------------------ pooling

pool_cases = []


def pool(label, op, inp, sample=False, **kw):
    x = make(inp).requires_grad_()
    if op == "max_pool2d":
        y, idx = F.max_pool2d(x, return_indices=True, **kw)
    elif op == "avg_pool2d":
        y, idx = F.avg_pool2d(x, **kw), None
    elif op == "adaptive_max_pool2d":
        y, idx = F.adaptive_max_pool2d(x, return_indices=True, **kw)
    else:
        y, idx = F.adaptive_avg_pool2d(x, **kw), None
    case = {"label": label, "op": op, "input": inp, "grad_fn": type(y.grad_fn).__name__,
            "output": enc(y, sample)}
    for key, value in kw.items():
        case[key] = list(value) if isinstance(value, tuple) else value
    if idx is not None:
        case["indices"] = enc(idx, sample)
    case["grads"] = with_grads(y, [x], 613, sample)
    pool_cases.append(case)


pool("max k2", "max_pool2d", spec([2, 3, 8, 8], 1), kernel_size=2)
pool("max k3 s2 p1", "max_pool2d", spec([2, 2, 9, 7], 2), kernel_size=3, stride=2, padding=1)
pool("max dilation 2", "max_pool2d", spec([1, 2, 10, 9], 3), kernel_size=3, stride=1, padding=1, dilation=2)
pool("max ceil mode", "max_pool2d", spec([1, 2, 7, 8], 4), kernel_size=3, stride=2, ceil_mode=True)
pool("max ceil mode padded", "max_pool2d", spec([1, 1, 6, 6], 5), kernel_size=(3, 2), stride=(2, 2),
     padding=(1, 1), ceil_mode=True)
pool("max unbatched", "max_pool2d", spec([3, 6, 5], 6), kernel_size=2, stride=1)
pool("max channels-last", "max_pool2d", spec([2, 6, 6, 3], 7, view=[["permute", [0, 3, 1, 2]]]), kernel_size=2)
pool("max overlapping windows", "max_pool2d", spec([1, 1, 5, 5], 8), kernel_size=3, stride=1)
pool("max chapter 13 (batch 64)", "max_pool2d", spec([64, 8, 14, 14], 9), sample=True, kernel_size=2)
pool("avg k2", "avg_pool2d", spec([2, 3, 8, 8], 10), kernel_size=2)
pool("avg k3 s2 p1", "avg_pool2d", spec([2, 2, 9, 7], 11), kernel_size=3, stride=2, padding=1)
pool("avg exclude pad", "avg_pool2d", spec([1, 2, 7, 7], 12), kernel_size=3, stride=2, padding=1,
     count_include_pad=False)
pool("avg ceil mode", "avg_pool2d", spec([1, 2, 7, 8], 13), kernel_size=3, stride=2, ceil_mode=True)
pool("avg ceil mode padded", "avg_pool2d", spec([1, 1, 6, 6], 14), kernel_size=3, stride=2, padding=1,
     ceil_mode=True)
pool("avg divisor override", "avg_pool2d", spec([1, 2, 6, 6], 15), kernel_size=2, divisor_override=3)
pool("avg unbatched sliced", "avg_pool2d", spec([3, 8, 6], 16, view=[["slice", 1, 0, 8, 2]]), kernel_size=(2, 3))
pool("adaptive 7->3", "adaptive_avg_pool2d", spec([2, 3, 7, 7], 17), output_size=3)
pool("adaptive 5x7->2x3", "adaptive_avg_pool2d", spec([1, 2, 5, 7], 18), output_size=(2, 3))
pool("adaptive upsampling 3->5", "adaptive_avg_pool2d", spec([1, 1, 3, 3], 19), output_size=5)
pool("adaptive 1x1", "adaptive_avg_pool2d", spec([2, 4, 3, 5], 20), output_size=1)
pool("adaptive unbatched channels-last", "adaptive_avg_pool2d",
     spec([6, 6, 2], 21, view=[["permute", [2, 0, 1]]]), output_size=(3, 2))

pool("max sliced batch", "max_pool2d", spec([6, 2, 6, 6], 22, view=[["slice", 0, 1, 6, 2]]), kernel_size=3, stride=2, padding=1)
pool("avg channels-last", "avg_pool2d", spec([2, 6, 6, 3], 23, view=[["permute", [0, 3, 1, 2]]]), kernel_size=2)
pool("adaptive sliced batch", "adaptive_avg_pool2d", spec([5, 2, 7, 6], 24, view=[["slice", 0, 0, 5, 2]]), output_size=(3, 2))
pool("adaptive max 7->3", "adaptive_max_pool2d", spec([2, 3, 7, 7], 25), output_size=3)
pool("adaptive max 5x7->2x3", "adaptive_max_pool2d", spec([1, 2, 5, 7], 26), output_size=(2, 3))
pool("adaptive max 1x1", "adaptive_max_pool2d", spec([2, 4, 3, 5], 27), output_size=1)
pool("adaptive max upsampling", "adaptive_max_pool2d", spec([1, 1, 3, 3], 28), output_size=5)
pool("adaptive max channels-last", "adaptive_max_pool2d", spec([2, 6, 6, 3], 29, view=[["permute", [0, 3, 1, 2]]]),
     output_size=(2, 4))
pool("adaptive max sliced batch unbatched", "adaptive_max_pool2d", spec([4, 5, 6], 30, view=[["slice", 0, 1, 4, 2]]),
     output_size=2)

# ------------------------------------------------------------------ batch norm

batch_norm_cases = []


def batch_norm(label, inp, training, affine=True, running=True, momentum=0.1, eps=1e-5, sample=False):
    x = make(inp).requires_grad_()
    channels = x.shape[1]
    dtype = NAMES[x.dtype]
    w = formula([channels], 61, dtype).div(8).add(1).requires_grad_() if affine else None
    b = formula([channels], 62, dtype).div(8).requires_grad_() if affine else None
    rm = formula([channels], 63, dtype).div(16) if running else None
    rv = formula([channels], 64, dtype).abs().div(8).add(0.5) if running else None
    case = {"label": label, "input": inp, "training": training, "affine": affine, "running": running,
            "momentum": momentum, "eps": eps}
    y = F.batch_norm(x, rm, rv, w, b, training=training, momentum=momentum, eps=eps)
    case["grad_fn"] = type(y.grad_fn).__name__
    case["output"] = enc(y, sample)
    if running:
        case["running_mean"] = enc(rm)
        case["running_var"] = enc(rv)
    leaves = [x] + ([w, b] if affine else [])
    case["grads"] = with_grads(y, leaves, 307, sample)
    batch_norm_cases.append(case)


batch_norm("2d train", spec([4, 3, 5, 5], 1), True)
batch_norm("2d eval", spec([4, 3, 5, 5], 2), False)
batch_norm("2d train no affine", spec([3, 2, 4, 3], 3), True, affine=False)
batch_norm("2d train no running stats", spec([3, 2, 4, 3], 4), True, running=False)
batch_norm("2d train momentum 0.3 eps 1e-3", spec([2, 4, 3, 3], 5), True, momentum=0.3, eps=1e-3)
batch_norm("1d (N, C)", spec([8, 5], 6), True)
batch_norm("1d (N, C, L)", spec([4, 3, 7], 7), True)
batch_norm("1d eval", spec([6, 4], 8), False)
batch_norm("float64 train", spec([3, 3, 4, 4], 9, "float64"), True)
batch_norm("channels-last train", spec([2, 5, 5, 3], 10, view=[["permute", [0, 3, 1, 2]]]), True)
batch_norm("channels-last eval", spec([2, 5, 5, 3], 11, view=[["permute", [0, 3, 1, 2]]]), False)
batch_norm("sliced batch train", spec([6, 3, 4, 4], 12, view=[["slice", 0, 1, 6, 2]]), True)
batch_norm("sliced channels train", spec([2, 6, 4, 4], 13, view=[["slice", 1, 0, 6, 2]]), True)
batch_norm("chapter 13 size (batch 64)", spec([64, 8, 14, 14], 14), True, sample=True)

# ------------------------------------------------------------------ pad, unfold, interpolate, histc

window_cases = []


def window(label, op, inp, sample=False, **kw):
    x = make(inp).requires_grad_()
    if op == "pad":
        y = F.pad(x, **kw)
    elif op == "unfold_view":
        y = x.unfold(**kw)
    elif op == "unfold":
        y = F.unfold(x, **kw)
    else:
        y = F.interpolate(x, **kw)
    case = {"label": label, "op": op, "input": inp, "grad_fn": type(y.grad_fn).__name__, "output": enc(y, sample)}
    if op == "unfold_view":
        case["strides"] = list(y.stride())
    for key, value in kw.items():
        case[key] = list(value) if isinstance(value, tuple) else value
    case["grads"] = with_grads(y, [x], 409, sample)
    window_cases.append(case)


window("pad last dim", "pad", spec([2, 3, 4], 1), pad=[1, 2])
window("pad two dims with value", "pad", spec([2, 2, 3, 4], 2), pad=[2, 0, 1, 1], value=0.5)
window("pad crops", "pad", spec([2, 2, 5, 6], 3), pad=[-1, 2, 1, -2])
window("pad channels-last", "pad", spec([2, 4, 4, 3], 4, view=[["permute", [0, 3, 1, 2]]]), pad=[1, 1, 1, 1])
window("pad sliced batch", "pad", spec([4, 2, 3, 3], 5, view=[["slice", 0, 1, 4, 2]]), pad=[0, 1, 2, 0, 1, 1])
window("unfold view", "unfold_view", spec([3, 10], 6), dimension=1, size=4, step=3)
window("unfold view overlapping", "unfold_view", spec([2, 7, 3], 7), dimension=1, size=3, step=1)
window("unfold view transposed", "unfold_view", spec([5, 6], 8, view=[["transpose", 0, 1]]), dimension=0, size=2, step=2)
window("im2col", "unfold", spec([2, 3, 6, 5], 9), kernel_size=[3, 2], padding=[1, 0], stride=[2, 1])
window("im2col dilation", "unfold", spec([1, 2, 7, 7], 10), kernel_size=3, dilation=2, padding=1)
window("im2col channels-last", "unfold", spec([2, 5, 5, 3], 11, view=[["permute", [0, 3, 1, 2]]]), kernel_size=2)
window("im2col sliced batch", "unfold", spec([5, 2, 4, 4], 12, view=[["slice", 0, 0, 5, 2]]), kernel_size=3, padding=1)
window("nearest x2", "interpolate", spec([2, 3, 4, 5], 13), scale_factor=2.0)
window("nearest to size", "interpolate", spec([1, 2, 5, 7], 14), size=[3, 11])
window("nearest 1d", "interpolate", spec([2, 3, 6], 15), scale_factor=1.5)
window("bilinear x2", "interpolate", spec([2, 2, 4, 5], 16), scale_factor=2.0, mode="bilinear")
window("bilinear size align corners", "interpolate", spec([1, 3, 5, 4], 17), size=[7, 9], mode="bilinear",
       align_corners=True)
window("bilinear downsample", "interpolate", spec([1, 2, 9, 8], 18), size=[4, 3], mode="bilinear")
window("bilinear odd factors", "interpolate", spec([1, 1, 4, 6], 19), scale_factor=(1.7, 0.6), mode="bilinear")
window("bilinear channels-last", "interpolate", spec([2, 4, 4, 3], 20, view=[["permute", [0, 3, 1, 2]]]),
       scale_factor=3.0, mode="bilinear")
window("bilinear sliced batch", "interpolate", spec([4, 2, 3, 5], 21, view=[["slice", 0, 1, 4, 2]]),
       size=[6, 6], mode="bilinear", align_corners=False)
window("linear 1d", "interpolate", spec([2, 2, 5], 22), size=[8], mode="linear")

histc_cases = []


def histc(label, inp, **kw):
    x = make(inp)
    histc_cases.append({"label": label, "input": inp, **kw, "output": enc(torch.histc(x, **kw))})


histc("default range", spec([200], 1), bins=10)
histc("given range", spec([7, 9], 2), bins=7, min=-3, max=4)
histc("float64", spec([50], 3, "float64"), bins=5, min=-8, max=0)
histc("sliced", spec([10, 10], 4, view=[["slice", 1, 0, 10, 3]]), bins=4)

# ------------------------------------------------------------------ errors

error_cases = []


def error(label, op, **kw):
    """Runs `op` on zero tensors of the given shapes and records PyTorch's exception."""
    args = dict(kw)
    tensors = {k: torch.zeros(v["shape"], dtype=DTYPES[v.get("dtype", "float32")])
               for k, v in kw.items() if isinstance(v, dict)}
    call = {k: v for k, v in kw.items() if not isinstance(v, dict)}
    call.update(tensors)
    try:
        getattr(F, op)(**call)
    except Exception as e:  # noqa: BLE001 - the message is what is recorded
        error_cases.append({"label": label, "op": op, "args": args,
                            "kind": type(e).__name__, "message": str(e)})
        return
    raise AssertionError("no error for " + label)


def t(*shape, dtype="float32"):
    return {"shape": list(shape), "dtype": dtype}


error("channels", "conv2d", input=t(1, 3, 28, 28), weight=t(4, 2, 3, 3))
error("2-d input", "conv2d", input=t(2, 3), weight=t(4, 2, 3, 3))
error("3-d weight", "conv2d", input=t(1, 3, 28, 28), weight=t(4, 3, 3))
error("groups not dividing", "conv2d", input=t(1, 3, 28, 28), weight=t(3, 1, 3, 3), groups=2)
error("fewer filters than groups", "conv2d", input=t(1, 3, 28, 28), weight=t(1, 3, 3, 3), groups=2)
error("bias size", "conv2d", input=t(1, 3, 28, 28), weight=t(4, 3, 3, 3), bias=t(3))
error("kernel too big", "conv2d", input=t(1, 3, 2, 2), weight=t(4, 3, 3, 3))
error("dilated kernel too big", "conv2d", input=t(1, 3, 5, 6), weight=t(4, 3, 3, 3), dilation=3)
error("stride 0", "conv2d", input=t(1, 3, 8, 8), weight=t(4, 3, 3, 3), stride=0)
error("negative padding", "conv2d", input=t(1, 3, 8, 8), weight=t(4, 3, 3, 3), padding=-1)
error("dilation 0", "conv2d", input=t(1, 3, 8, 8), weight=t(4, 3, 3, 3), dilation=0)
error("groups 0", "conv2d", input=t(1, 3, 8, 8), weight=t(4, 3, 3, 3), groups=0)
error("three strides", "conv2d", input=t(1, 3, 8, 8), weight=t(4, 3, 3, 3), stride=[1, 1, 1])
error("double input", "conv2d", input=t(1, 3, 8, 8, dtype="float64"), weight=t(4, 3, 3, 3))
error("double weight", "conv2d", input=t(1, 3, 8, 8), weight=t(4, 3, 3, 3, dtype="float64"))
error("double bias", "conv2d", input=t(1, 3, 8, 8), weight=t(4, 3, 3, 3), bias=t(4, dtype="float64"))
error("unbatched channels", "conv2d", input=t(2, 6, 6), weight=t(4, 3, 3, 3))
error("max pad too big", "max_pool2d", input=t(1, 3, 8, 8), kernel_size=3, padding=2)
error("max output too small", "max_pool2d", input=t(1, 1, 2, 2), kernel_size=3)
error("max kernel 0", "max_pool2d", input=t(1, 3, 8, 8), kernel_size=0)
error("max stride 0", "max_pool2d", input=t(1, 3, 8, 8), kernel_size=2, stride=0)
error("max negative stride", "max_pool2d", input=t(1, 3, 8, 8), kernel_size=2, stride=-1)
error("max dilation 0", "max_pool2d", input=t(1, 3, 8, 8), kernel_size=2, dilation=0)
error("max 2-d input", "max_pool2d", input=t(8, 8), kernel_size=2)
error("max negative padding", "max_pool2d", input=t(1, 3, 8, 8), kernel_size=2, padding=-1)
error("avg pad too big", "avg_pool2d", input=t(1, 3, 8, 8), kernel_size=3, padding=2)
error("avg output too small", "avg_pool2d", input=t(1, 1, 2, 2), kernel_size=3)
error("avg 2-d input", "avg_pool2d", input=t(8, 8), kernel_size=2)
error("avg divisor 0", "avg_pool2d", input=t(1, 3, 8, 8), kernel_size=2, divisor_override=0)
error("adaptive 2-d input", "adaptive_avg_pool2d", input=t(8, 8), output_size=2)
error("adaptive three sizes", "adaptive_avg_pool2d", input=t(1, 3, 8, 8), output_size=[2, 2, 2])
error("adaptive negative size", "adaptive_avg_pool2d", input=t(1, 3, 8, 8), output_size=-1)
error("adaptive empty plane", "adaptive_avg_pool2d", input=t(1, 3, 0, 4), output_size=2)

with open(OUT, "w") as f:
    json.dump({"generator": "Generated by Scripts/gen-conv-fixtures.py with torch %s; regenerate with: "
                            "/tmp/torchenv/bin/python Scripts/gen-conv-fixtures.py" % torch.__version__,
               "conv2d": conv_cases, "pooling": pool_cases, "errors": error_cases,
               "batch_norm": batch_norm_cases, "windows": window_cases, "histc": histc_cases}, f, separators=(",", ":"))
print("wrote %s: %d conv2d, %d pooling, %d batch_norm, %d windows, %d histc, %d error cases"
      % (OUT, len(conv_cases), len(pool_cases), len(batch_norm_cases), len(window_cases), len(histc_cases), len(error_cases)))
