"""fastai.metrics: the metrics the book uses (accuracy, error_rate) and the `Metric` classes
the Recorder averages over batches (AvgMetric, AvgLoss, AvgSmoothLoss, ValueMetric)."""

import torch
from fastcore.basics import class2attr

def flatten_check(inp, targ):
    "Check that `inp` and `targ` have the same number of elements and flatten them."
    inp, targ = inp.contiguous().view(-1), targ.contiguous().view(-1)
    if len(inp) != len(targ):
        raise AssertionError(f"Expected output and target to have the same number of elements but got {len(inp)} and {len(targ)}.")
    return inp, targ

def accuracy(inp, targ, axis=-1):
    "Compute accuracy with `targ` when `pred` is bs * n_classes"
    pred, targ = flatten_check(inp.argmax(dim=axis), targ)
    return (pred == targ).float().mean()

def error_rate(inp, targ, axis=-1):
    "1 - `accuracy`"
    return 1 - accuracy(inp, targ, axis=axis)

def accuracy_multi(inp, targ, thresh=0.5, sigmoid=True):
    "Compute accuracy when `inp` and `targ` are the same size."
    inp, targ = flatten_check(inp, targ)
    if sigmoid:
        inp = inp.sigmoid()
    return ((inp > thresh) == targ.bool()).float().mean()

def find_bs(b):
    "The batch size of `b`: the first dimension of its first tensor"
    while isinstance(b, (list, tuple)):
        b = b[0]
    return b.shape[0] if hasattr(b, 'shape') else len(b)

def _detach(t):
    return t.detach() if isinstance(t, torch.Tensor) else t

def _lerp(start, end, weight):
    # torch.lerp with a scalar weight, in float32 as PyTorch's CPU kernel computes it.
    w = torch.tensor(weight)
    if weight < 0.5:
        return start + w * (end - start)
    return end - (end - start) * (1 - w)

class Metric:
    "Blueprint for defining a metric"
    def reset(self): pass
    def accumulate(self, learn): pass

    @property
    def value(self):
        raise NotImplementedError

    @property
    def name(self):
        return class2attr(self, 'Metric')

class AvgMetric(Metric):
    "Average the values of `func` taking into account potential different batch sizes"
    def __init__(self, func):
        self.func = func

    def reset(self):
        self.total, self.count = 0., 0

    def accumulate(self, learn):
        bs = find_bs(learn.yb)
        self.total += _detach(self.func(learn.pred, *learn.yb)) * bs
        self.count += bs

    @property
    def value(self):
        return self.total / self.count if self.count != 0 else None

    @property
    def name(self):
        return self.func.func.__name__ if hasattr(self.func, 'func') else self.func.__name__

class AvgLoss(Metric):
    "Average the losses taking into account potential different batch sizes"
    def reset(self):
        self.total, self.count = 0., 0

    def accumulate(self, learn):
        bs = find_bs(learn.yb)
        self.total += _detach(learn.loss.mean()) * bs
        self.count += bs

    @property
    def value(self):
        return self.total / self.count if self.count != 0 else None

    @property
    def name(self):
        return "loss"

class AvgSmoothLoss(Metric):
    "Smooth average of the losses (exponentially weighted with `beta`)"
    def __init__(self, beta=0.98):
        self.beta, self.count, self.val = beta, 0, torch.tensor(0.)

    def reset(self):
        self.count, self.val = 0, torch.tensor(0.)

    def accumulate(self, learn):
        self.count += 1
        self.val = _lerp(_detach(learn.loss.mean()), self.val, self.beta)

    @property
    def value(self):
        return self.val / (1 - self.beta ** self.count)

class ValueMetric(Metric):
    "Use to include a pre-calculated metric value (for instance calculated in a `Callback`) and returned by `func`"
    def __init__(self, func, metric_name=None):
        self.func, self.metric_name = func, metric_name

    @property
    def value(self):
        return self.func()

    @property
    def name(self):
        return self.metric_name if self.metric_name else self.func.__name__

def mk_metric(m):
    "Convert `m` to an `AvgMetric`, unless it's already a `Metric`"
    if isinstance(m, type):
        m = m()
    return m if isinstance(m, Metric) else AvgMetric(m)
