"""fastai's training loop pieces used in chapter 4: the SGD
optimizer factory and a Learner whose fit prints fastprogress's text table."""

import random
import time as _time
import torch
from fastcore.foundation import L

from fastai.data.load import DataLoader
from fastai.data.core import DataLoaders

class Optimizer:
    def __init__(self, params, lr, mom=0.0, wd=0.0):
        self.params = [p for p in params]
        self.lr = lr
        self.mom = mom
        self.wd = wd
        self._momentum = {}

    def step(self, *args, **kwargs):
        with torch.no_grad():
            for p in self.params:
                if p.grad is None:
                    continue
                g = p.grad
                if self.wd:
                    p.mul_(1 - self.lr * self.wd)
                if self.mom:
                    key = id(p)
                    buf = self._momentum.get(key)
                    buf = g.clone() if buf is None else buf.mul_(self.mom).add_(g)
                    self._momentum[key] = buf
                    g = buf
                p.sub_(self.lr * g)

    def zero_grad(self, *args, **kwargs):
        for p in self.params:
            p.grad = None

def SGD(params, lr, mom=0.0, wd=0.0):
    return Optimizer(params, lr, mom=mom, wd=wd)

def _format_time(seconds):
    t = int(seconds)
    h, m, s = t // 3600, (t // 60) % 60, t % 60
    return f'{h}:{m:02d}:{s:02d}' if h else f'{m:02d}:{s:02d}'

def _lerp(start, end, weight):
    # torch.lerp with a scalar weight, in float32 as PyTorch's CPU kernel computes it.
    w = torch.tensor(weight)
    if weight < 0.5:
        return start + w * (end - start)
    return end - (end - start) * (1 - w)

def _maybe_item(t):
    return t.item() if isinstance(t, torch.Tensor) else t

class Recorder:
    def __init__(self):
        self.values = []
        self.losses = []
        self.iters = []

    def plot_loss(self, skip_start=5, with_valid=True, log=False, show_epochs=False, ax=None):
        "Plot the smoothed training losses from `skip_start` on, and the validation loss per epoch."
        import matplotlib.pyplot as plt
        if not ax:
            ax = plt.gca()
        steps = list(range(skip_start, len(self.losses)))
        if log:
            ax.loglog(steps, self.losses[skip_start:], label='train')
        else:
            ax.plot(steps, self.losses[skip_start:], label='train')
        if show_epochs:
            for x in self.iters:
                ax.axvline(x, color='grey', ls=':')
        ax.set_ylabel('loss')
        ax.set_xlabel('steps')
        ax.set_title('learning curve')
        if with_valid:
            idx = sum(1 for i in self.iters if i < skip_start)
            ax.plot(self.iters[idx:], [row[1] for row in self.values[idx:]], label='valid')
            ax.legend()
        return ax

class Learner:
    def __init__(self, dls, model, loss_func=None, opt_func=SGD, lr=0.001, metrics=None, **kwargs):
        self.dls = dls
        self.model = model
        self.loss_func = loss_func
        self.opt_func = opt_func
        self.lr = lr
        if metrics is None:
            metrics = []
        elif not isinstance(metrics, (list, tuple, L)):
            metrics = [metrics]
        self.metrics = list(metrics)
        self.recorder = Recorder()
        self.opt = None

    def _names(self):
        return ['epoch', 'train_loss', 'valid_loss'] + [getattr(m, '__name__', type(m).__name__) for m in self.metrics] + ['time']

    def _print_row(self, values):
        # fastprogress's text table: headers padded to 8, each value padded to its header.
        if not hasattr(self, '_header'):
            self._header = [n + ' ' * (8 - len(n)) if len(n) < 8 else n for n in self._names()]
            print('  '.join(self._header))
        text = ''
        for value, name in zip(values, self._header):
            text += value + ' ' * (2 + len(name) - len(value))
        print(text)

    def fit(self, n_epoch, lr=None, wd=None, cbs=None):
        if lr is not None:
            self.lr = lr
        if self.opt is None:
            self.opt = self.opt_func(self.model.parameters(), self.lr)
        self.opt.lr = self.lr
        if hasattr(self, '_header'):
            del self._header
        # fastai's AvgSmoothLoss, AvgLoss and AvgMetric keep float32 tensors and hand the
        # recorder their .item(), so recorded values are float32 numbers, as in the book.
        smooth, count = torch.tensor(0.), 0
        for epoch in range(n_epoch):
            start = _time.time()
            self.model.train()
            for xb, yb in self.dls.train:
                loss = self.loss_func(self.model(xb), yb)
                loss.backward()
                self.opt.step()
                self.opt.zero_grad()
                count += 1
                smooth = _lerp(loss.detach().mean(), smooth, 0.98)
                self.recorder.losses.append((smooth / (1 - 0.98 ** count)).item())
            train_loss = (smooth / (1 - 0.98 ** count)).item() if count else 0.0
            self.model.eval()
            total, n = 0, 0
            sums = [0 for m in self.metrics]
            with torch.no_grad():
                for xb, yb in self.dls.valid:
                    preds = self.model(xb)
                    size = yb.shape[0] if isinstance(yb, torch.Tensor) else len(yb)
                    total = total + self.loss_func(preds, yb).detach().mean() * size
                    for i, m in enumerate(self.metrics):
                        sums[i] = sums[i] + m(preds, yb) * size
                    n += size
            row = [train_loss, _maybe_item(total / n) if n else 0.0] + [_maybe_item(s / n) if n else 0.0 for s in sums]
            self.recorder.values.append(row)
            self.recorder.iters.append(len(self.recorder.losses))
            self._print_row([str(epoch)] + [f'{v:.6f}' for v in row] + [_format_time(_time.time() - start)])

    def predict(self, x):
        with torch.no_grad():
            return self.model(x)
