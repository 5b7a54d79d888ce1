"""fastai.callback.schedule: hyper-parameter schedules (the one-cycle policy, flat-then-cosine),
`ParamScheduler` and the learning-rate finder."""

import math
import collections
import torch
from functools import partial
from fastcore.basics import is_listy, tuplify
from fastcore.foundation import L
from fastai.callback.core import Callback, CancelFitException, CancelValidException

class _Annealer:
    def __init__(self, f, start, end):
        self.f, self.start, self.end = f, start, end

    def __call__(self, pos):
        return self.f(self.start, self.end, pos)

def _elementwise(f):
    # fastai's schedules take numpy arrays (one value per parameter group); here lists.
    def _inner(start, end, pos):
        if isinstance(start, list):
            return [f(s, e, pos) for s, e in zip(start, end if isinstance(end, list) else [end] * len(start))]
        return f(start, end, pos)
    return _inner

def _lin(start, end, pos): return start + pos * (end - start)
def _cos(start, end, pos): return start + (1 + math.cos(math.pi * (1 - pos))) * (end - start) / 2
def _no(start, end, pos): return start
def _exp(start, end, pos): return start * (end / start) ** pos

sched_lin, sched_cos, sched_no, sched_exp = _elementwise(_lin), _elementwise(_cos), _elementwise(_no), _elementwise(_exp)

def SchedLin(start, end): return _Annealer(sched_lin, start, end)
def SchedCos(start, end): return _Annealer(sched_cos, start, end)
def SchedNo(start, end): return _Annealer(sched_no, start, end)
def SchedExp(start, end): return _Annealer(sched_exp, start, end)

def SchedPoly(start, end, power):
    "Polynomial schedule (of `power`) function from `start` to `end`"
    def _inner(pos):
        return start + (end - start) * pos ** power
    return _inner

def combine_scheds(pcts, scheds):
    "Combine `scheds` according to `pcts` in one function"
    assert sum(pcts) == 1.
    # As fastai: the boundaries are a float32 tensor, so the position inside a phase is
    # computed (and rounded) in float32.
    pcts = torch.tensor([0] + list(pcts))
    assert torch.all(pcts >= 0)
    pcts = torch.cumsum(pcts, 0)
    pct_lim = len(pcts) - 2
    def _inner(pos):
        idx = min(int((pos >= pcts).nonzero().max()), pct_lim)
        actual_pos = (pos - pcts[idx]) / (pcts[idx + 1] - pcts[idx])
        return scheds[idx](actual_pos.item())
    return _inner

def combined_cos(pct, start, middle, end):
    "Return a scheduler with cosine annealing from `start`→`middle` & `middle`→`end`"
    return combine_scheds([pct, 1 - pct], [SchedCos(start, middle), SchedCos(middle, end)])

class ParamScheduler(Callback):
    "Schedule hyper-parameters according to `scheds`"
    order, run_valid = 60, False

    def __init__(self, scheds):
        self.scheds = scheds

    def before_fit(self):
        self.hps = {p: [] for p in self.scheds.keys()}

    def before_batch(self):
        self._update_val(self.pct_train)

    def _update_val(self, pct):
        for n, f in self.scheds.items():
            self.opt.set_hyper(n, f(pct))

    def after_batch(self):
        for p in self.scheds.keys():
            self.hps[p].append(self.opt.hypers[-1][p])

    def after_fit(self):
        if hasattr(self.learn, 'recorder') and hasattr(self, 'hps'):
            self.recorder.hps = self.hps

def _group_values(learn, v):
    learn.opt.set_hyper('lr', v)
    values = [h['lr'] for h in learn.opt.hypers]
    return values if len(values) > 1 else values[0]

def _scaled(v, k):
    return [o * k for o in v] if isinstance(v, list) else v * k

def fit_one_cycle(self, n_epoch, lr_max=None, div=25., div_final=1e5, pct_start=0.25, wd=None,
                  moms=None, cbs=None, reset_opt=False, start_epoch=0):
    "Fit `self.model` for `n_epoch` using the 1cycle policy."
    if self.opt is None:
        self.create_opt()
    lr_max = _group_values(self, self.lr if lr_max is None else lr_max)
    scheds = {'lr': combined_cos(pct_start, _scaled(lr_max, 1 / div), lr_max, _scaled(lr_max, 1 / div_final)),
              'mom': combined_cos(pct_start, *(self.moms if moms is None else moms))}
    self.fit(n_epoch, cbs=ParamScheduler(scheds) + L(cbs), reset_opt=reset_opt, wd=wd, start_epoch=start_epoch)

def fit_flat_cos(self, n_epoch, lr=None, div_final=1e5, pct_start=0.75, wd=None,
                 cbs=None, reset_opt=False, start_epoch=0):
    "Fit `self.model` for `n_epoch` at flat `lr` before a cosine annealing."
    if self.opt is None:
        self.create_opt()
    lr = _group_values(self, self.lr if lr is None else lr)
    scheds = {'lr': combined_cos(pct_start, lr, lr, _scaled(lr, 1 / div_final))}
    self.fit(n_epoch, cbs=ParamScheduler(scheds) + L(cbs), reset_opt=reset_opt, wd=wd, start_epoch=0)

def fit_sgdr(self, n_cycles, cycle_len, lr_max=None, cycle_mult=2, cbs=None, reset_opt=False, wd=None,
             start_epoch=0):
    "Fit `self.model` for `n_cycles` of `cycle_len` using SGDR."
    if self.opt is None:
        self.create_opt()
    lr_max = _group_values(self, self.lr if lr_max is None else lr_max)
    n_epoch = cycle_len * (cycle_mult ** n_cycles - 1) // (cycle_mult - 1)
    pcts = [cycle_len * cycle_mult ** i / n_epoch for i in range(n_cycles)]
    scheds = {'lr': combine_scheds(pcts, [SchedCos(lr_max, 0) for _ in range(n_cycles)])}
    self.fit(n_epoch, cbs=ParamScheduler(scheds) + L(cbs), reset_opt=reset_opt, wd=wd, start_epoch=start_epoch)

def fine_tune(self, epochs, base_lr=2e-3, freeze_epochs=1, lr_mult=100, pct_start=0.3, div=5.0, **kwargs):
    "Fine tune with `Learner.freeze` for `freeze_epochs`, then with `Learner.unfreeze` for `epochs`, using discriminative LR."
    self.freeze()
    self.fit_one_cycle(freeze_epochs, slice(base_lr), pct_start=0.99, **kwargs)
    base_lr /= 2
    self.unfreeze()
    self.fit_one_cycle(epochs, slice(base_lr / lr_mult, base_lr), pct_start=pct_start, div=div, **kwargs)

class LRFinder(ParamScheduler):
    "Training with exponentially growing learning rate"
    def __init__(self, start_lr=1e-7, end_lr=10, num_it=100, stop_div=True):
        if num_it < 6:
            num_it = 6
        self.scheds = {'lr': [SchedExp(s, e) for (s, e) in zip(start_lr, end_lr)] if is_listy(start_lr)
                       else SchedExp(start_lr, end_lr)}
        self.num_it, self.stop_div = num_it, stop_div

    def before_fit(self):
        super().before_fit()
        # fastai saves the model to a temporary file and loads it back after the test; the
        # same restore, kept in memory.
        self.saved_model = {k: v.clone() for k, v in self.model.state_dict().items()}
        self.saved_opt = {p: {k: (v.clone() if isinstance(v, torch.Tensor) else v) for k, v in s.items()}
                          for p, s in self.opt.state.items()}
        self.saved_hypers = [dict(h) for h in self.opt.hypers]
        self.best_loss = float('inf')

    def _update_val(self, pct):
        for n, f in self.scheds.items():
            self.opt.set_hyper(n, [g(pct) for g in f] if isinstance(f, list) else f(pct))

    def before_batch(self):
        self._update_val(self.train_iter / self.num_it)

    def after_batch(self):
        super().after_batch()
        if self.smooth_loss < self.best_loss:
            self.best_loss = self.smooth_loss
        if self.smooth_loss > 4 * self.best_loss and self.stop_div:
            raise CancelFitException()
        if self.train_iter >= self.num_it:
            raise CancelFitException()

    def before_validate(self):
        raise CancelValidException()

    def after_fit(self):
        self.learn.opt.zero_grad()
        self.model.load_state_dict(self.saved_model)
        self.opt.state.clear()
        for p, s in self.saved_opt.items():
            self.opt.state[p] = s
        for h, saved in zip(self.opt.hypers, self.saved_hypers):
            h.update(saved)
        if hasattr(self.learn, 'recorder') and hasattr(self, 'hps'):
            self.recorder.hps = self.hps

def valley(lrs, losses, num_it):
    "Suggests a learning rate from the longest valley and returns its index"
    n = len(losses)
    max_start, max_end = 0, 0
    lds = [1] * n
    for i in range(1, n):
        for j in range(0, i):
            if (losses[i] < losses[j]) and (lds[i] < lds[j] + 1):
                lds[i] = lds[j] + 1
            if lds[max_end] < lds[i]:
                max_end = i
                max_start = max_end - lds[max_end]
    sections = (max_end - max_start) / 3
    idx = max_start + int(sections) + int(sections / 2)
    return float(lrs[idx]), (float(lrs[idx]), losses[idx])

def minimum(lrs, losses, num_it):
    "Suggests a learning rate one-tenth the minumum before divergance and returns its index"
    lr_min = lrs[losses.argmin()].item()
    loss_idx = losses[min(range(len(lrs)), key=lambda i: abs(lrs[i] - lr_min))]
    return lr_min / 10, (lr_min, loss_idx)

def steep(lrs, losses, num_it):
    "Suggests a learning rate when the slope is the steepest and returns its index"
    grads = (losses[1:] - losses[:-1]) / (lrs[1:].log() - lrs[:-1].log())
    lr_steep = lrs[grads.argmin()].item()
    loss_idx = losses[min(range(len(lrs)), key=lambda i: abs(lrs[i] - lr_steep))]
    return lr_steep, (lr_steep, loss_idx)

class SuggestionMethod:
    "All possible suggestion methods as convience attributes to get tab-completion and typo-proofing"
    Valley, Minimum, Steep = valley, minimum, steep

def lr_find(self, start_lr=1e-7, end_lr=10, num_it=100, stop_div=True, show_plot=True, suggest_funcs=(valley,)):
    "Launch a mock training to find a good learning rate and return suggestions based on `suggest_funcs` as a named tuple"
    n_epoch = num_it // len(self.dls.train) + 1
    cb = LRFinder(start_lr=start_lr, end_lr=end_lr, num_it=num_it, stop_div=stop_div)
    with self.no_logging():
        self.fit(n_epoch, cbs=cb)
    if suggest_funcs is None:
        if show_plot:
            self.recorder.plot_lr_find()
        return None
    lrs = torch.tensor([float(o) for o in self.recorder.lrs[num_it // 10:-5]])
    losses = torch.tensor([float(o) for o in self.recorder.losses[num_it // 10:-5]])
    nan_idxs = torch.nonzero(torch.isnan(losses.view(-1)))
    if len(nan_idxs) > 0:
        drop_idx = nan_idxs.min().item()
        lrs, losses = lrs[:drop_idx], losses[:drop_idx]
    _suggestions, nms = [], []
    for func in tuplify(suggest_funcs):
        nms.append(func.__name__ if not isinstance(func, partial) else func.func.__name__)
        _suggestions.append(func(lrs, losses, num_it))
    SuggestedLRs = collections.namedtuple('SuggestedLRs', nms)
    lrs, pnts = [], []
    for lr, pnt in _suggestions:
        lrs.append(lr)
        pnts.append(pnt)
    if show_plot:
        self.recorder.plot_lr_find(suggestions=pnts, nms=nms)
    return SuggestedLRs(*lrs)

def _install_into(Learner):
    "Add this module's methods to `Learner` (fastai patches them in with `@patch`)"
    for f in (fit_one_cycle, fit_flat_cos, fit_sgdr, fine_tune, lr_find):
        setattr(Learner, f.__name__, f)

