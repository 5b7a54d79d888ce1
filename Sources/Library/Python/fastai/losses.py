"""fastai.losses: the flattened losses fastai's blocks ask for (`Categorize` gives
`CrossEntropyLossFlat`), which `Learner` uses when given no `loss_func`."""

import torch
import torch.nn.functional as F
from torch import nn
from fastai.data.tensor_types import TensorBase

# The integer targets cross-entropy wants as int64, and the half floats a float loss keeps
# (Tessera's tensors have no int8, int16 or float16).
_SHORT_INTS = [getattr(torch, name) for name in ('int8', 'int16', 'int32') if hasattr(torch, name)]
_FLOAT16 = getattr(torch, 'float16', None)


class BaseLoss:
    "Same as `loss_cls`, but flattens input and target."
    def __init__(self, loss_cls, *args, axis=-1, flatten=True, floatify=False, is_2d=True, **kwargs):
        self.axis, self.flatten, self.floatify, self.is_2d = axis, flatten, floatify, is_2d
        self.func = loss_cls(*args, **kwargs)

    def __repr__(self):
        return f"FlattenedLoss of {self.func}"

    @property
    def reduction(self):
        return self.func.reduction

    @reduction.setter
    def reduction(self, v):
        self.func.reduction = v

    def activation(self, x):
        return x

    def decodes(self, x):
        return x

    def _contiguous(self, x):
        # fastai computes on TensorBase (any typed tensors of the batch become one type).
        return TensorBase(x.transpose(self.axis, -1).contiguous()) if isinstance(x, torch.Tensor) else x

    def __call__(self, inp, targ, **kwargs):
        inp, targ = self._contiguous(inp), self._contiguous(targ)
        if self.floatify and targ.dtype != _FLOAT16:
            targ = targ.float()
        if targ.dtype in _SHORT_INTS:
            targ = targ.long()
        if self.flatten:
            inp = inp.view(-1, inp.shape[-1]) if self.is_2d else inp.view(-1)
        res = self.func(inp, targ.view(-1) if self.flatten else targ, **kwargs)
        # Under PyTorch the loss of TensorBase inputs is a TensorBase (`__torch_function__`).
        return TensorBase(res) if isinstance(res, torch.Tensor) and not isinstance(res, TensorBase) else res

    def to(self, device):
        return self


class CrossEntropyLossFlat(BaseLoss):
    "Same as `nn.CrossEntropyLoss`, but flattens input and target."
    y_int = True

    def __init__(self, *args, axis=-1, **kwargs):
        super().__init__(nn.CrossEntropyLoss, *args, axis=axis, **kwargs)

    def decodes(self, x):
        return x.argmax(dim=self.axis)

    def activation(self, x):
        return F.softmax(x, dim=self.axis)


def MSELossFlat(*args, axis=-1, floatify=True, **kwargs):
    "Same as `nn.MSELoss`, but flattens input and target."
    return BaseLoss(nn.MSELoss, *args, axis=axis, floatify=floatify, is_2d=False, **kwargs)


def L1LossFlat(*args, axis=-1, floatify=True, **kwargs):
    "Same as `nn.L1Loss`, but flattens input and target."
    return BaseLoss(nn.L1Loss, *args, axis=axis, floatify=floatify, is_2d=False, **kwargs)
