"""fastai.torch_core's device helpers and `defaults`: Tessera computes on the CPU only, so the
default device is the CPU and moving a batch there returns it unchanged."""

from fastcore.basics import defaults
from torch import device

# fastai.torch_core adds these to fastcore's one `defaults` namespace (the Learner reads it too).
if not hasattr(defaults, 'benchmark'):
    defaults.benchmark = True
if not hasattr(defaults, 'use_cuda'):
    defaults.use_cuda = None


def default_device(use=-1):
    "The device batches go to: the CPU (Tessera has no CUDA)."
    return device('cpu')


def _apply(f, b):
    if isinstance(b, (list, tuple)):
        return type(b)(_apply(f, o) for o in b)
    if isinstance(b, dict):
        return {k: _apply(f, v) for k, v in b.items()}
    return f(b)


def to_device(b, device=None, non_blocking=False):
    "Recursively put `b` on `device`; every tensor here already lives on the CPU."
    return _apply(lambda o: o, b)


def to_cpu(b):
    "Recursively map tensors in `b` to the CPU."
    return to_device(b, 'cpu')


def to_detach(b, cpu=True, gather=True):
    "Recursively detach the tensors in `b`."
    import torch
    return _apply(lambda o: o.detach() if isinstance(o, torch.Tensor) else o, b)


def set_seed(s, reproducible=False):
    "Seed torch's, Python's and numpy's random streams (in fastai's order)."
    import random
    import torch
    import numpy as np
    torch.manual_seed(s)
    random.seed(s)
    np.random.seed(s % (2**32 - 1))
