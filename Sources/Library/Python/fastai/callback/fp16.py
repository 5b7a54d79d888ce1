"""fastai.callback.fp16: `Learner.to_fp16` and its `MixedPrecision` callback.

Mixed precision is PyTorch's automatic mixed precision on a CUDA GPU: `autocast('cuda')` runs
the forward pass in float16 and `GradScaler('cuda')` scales the loss. Tessera has no GPU, and on
a machine without one PyTorch turns both off with a warning each: the forward pass stays
float32, the scaler's `scale` returns the loss as it is, its `step` steps the optimizer, its
scale is 1.0. The callback here is fastai's with both parts off in that way, so training gives
the numbers it gives without the callback, as it does with PyTorch on a CPU."""

import sys
from fastcore.foundation import L
from fastai.callback.core import Callback, CancelStepException

# Python's default warning filter shows a warning once per place in the code that raises it:
# PyTorch's two warnings come from one line of fastai's `before_fit`.
_warned = [False]

def _warn_cuda_missing():
    if _warned[0]:
        return
    _warned[0] = True
    sys.stderr.write("UserWarning: CUDA is not available or torch_xla is imported. Disabling autocast.\n"
                     "UserWarning: torch.cuda.amp.GradScaler is enabled, but CUDA is not available.  Disabling.\n")

class AMPMode:
    "Automatic mixed precision modes"
    FP16 = 'fp16'
    BF16 = 'bf16'

class _DisabledScaler:
    "PyTorch's `GradScaler` once it has disabled itself (no CUDA)."
    def scale(self, outputs):
        return outputs

    def step(self, optimizer, *args, **kwargs):
        return optimizer.step(*args, **kwargs)

    def update(self, new_scale=None):
        pass

    def get_scale(self):
        return 1.0

    def is_enabled(self):
        return False

class MixedPrecision(Callback):
    "Mixed precision training using Pytorch's Automatic Mixed Precision (AMP)"
    order = 10

    def __init__(self, amp_mode=AMPMode.FP16, **kwargs):
        if amp_mode not in (AMPMode.FP16, AMPMode.BF16):
            raise ValueError(f"'{amp_mode}' is not a valid AMPMode")
        self.amp_mode, self.kwargs = amp_mode, kwargs

    def before_fit(self):
        _warn_cuda_missing()
        self.learn.scaler, self.scales = _DisabledScaler(), L()

    def after_pred(self):
        self.learn.pred = self.pred

    def before_backward(self):
        self.learn.loss_grad = self.scaler.scale(self.loss_grad)

    def before_step(self):
        "Use `self` as a fake optimizer: `self.skipped` stays True if the scaler skipped the step."
        self.skipped = True
        self.scaler.step(self)
        if self.skipped:
            raise CancelStepException()
        self.scales.append(self.scaler.get_scale())

    def after_step(self):
        self.learn.scaler.update()

    def after_fit(self):
        self.learn.scaler, self.scales = None, None

    @property
    def param_groups(self):
        "Pretend to be an optimizer for the scaler"
        return self.opt.param_groups

    def step(self, *args, **kwargs):
        "Fake optimizer step to detect whether this batch was skipped by the scaler"
        self.skipped = False

def to_fp16(self, **kwargs):
    "Set `Learner` to float16 mixed precision using PyTorch AMP"
    return self.add_cb(MixedPrecision(**kwargs))

def to_bf16(self):
    "Set `Learner` to bfloat16 mixed precision using PyTorch AMP"
    return self.add_cb(MixedPrecision(amp_mode=AMPMode.BF16))

def to_fp32(self):
    "Set `Learner` to float32 precision"
    return self.remove_cb(MixedPrecision)

def _install_into(Learner):
    "Add this module's methods to `Learner` (fastai patches them in with `@patch`)"
    for f in (to_fp16, to_bf16, to_fp32):
        setattr(Learner, f.__name__, f)
