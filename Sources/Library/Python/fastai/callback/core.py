"""fastai.callback.core: the events of the training loop, the exceptions that cancel parts of
it, `Callback` (delegating unknown attributes to its learner) and `TrainEvalCallback`."""

import torch
from functools import partial
from torch import nn
from fastcore.basics import GetAttr, class2attr, defaults, noop, detuplify, warn
from fastcore.foundation import L

_events = L.split('after_create before_fit before_epoch before_train before_batch after_pred after_loss \
    before_backward after_cancel_backward after_backward before_step after_cancel_step after_step \
    after_cancel_batch after_batch after_cancel_train after_train before_validate after_cancel_validate \
    after_validate after_cancel_epoch after_epoch after_cancel_fit after_fit')

class _Events:
    "All possible events as attributes to get tab-completion and typo-proofing"
    def __init__(self, names):
        for n in names:
            setattr(self, n, n)

event = _Events(_events)

_inner_loop = set("before_batch after_pred after_loss before_backward after_cancel_backward after_backward before_step after_step after_cancel_batch after_batch".split())

class CancelBatchException(Exception):
    "Skip the rest of this batch and go to `after_batch`"

class CancelTrainException(Exception):
    "Skip the rest of the training part of the epoch and go to `after_train`"

class CancelValidException(Exception):
    "Skip the rest of the validation part of the epoch and go to `after_validate`"

class CancelEpochException(Exception):
    "Skip the rest of this epoch and go to `after_epoch`"

class CancelStepException(Exception):
    "Skip stepping the optimizer"

class CancelBackwardException(Exception):
    "Skip the backward pass and go to `after_backward`"

class CancelFitException(Exception):
    "Interrupts training and go to `after_fit`"

_cancel_exceptions = (CancelBatchException, CancelBackwardException, CancelEpochException, CancelFitException,
                      CancelStepException, CancelTrainException, CancelValidException)

class Callback(GetAttr):
    "Basic class handling tweaks of the training loop by changing a `Learner` in various events"
    order, _default, learn, run, run_train, run_valid = 0, 'learn', None, True, True, True

    def __init__(self, **kwargs):
        # fastai's funcs_kwargs: events passed as keywords become this callback's methods.
        for k, v in kwargs.items():
            if k not in _events:
                raise AssertionError(f'Passed unknown events: {kwargs}')
            object.__setattr__(self, k, partial(v, self))

    def __repr__(self):
        return type(self).__name__

    def __call__(self, event_name):
        "Call `self.{event_name}` if it's defined"
        _run = (event_name not in _inner_loop or (self.run_train and getattr(self, 'training', True)) or
                (self.run_valid and not getattr(self, 'training', False)))
        res = None
        if self.run and _run:
            # Only the callback's own events: fastai's getattr would also reach the learner and
            # the model through GetAttr, three failed lookups for every event a callback skips.
            f = getattr(self, event_name) if event_name in self.__dict__ or hasattr(type(self), event_name) else None
            if callable(f):
                try:
                    res = f()
                except _cancel_exceptions:
                    raise
                except Exception as e:
                    if e.args and isinstance(e.args[0], str):
                        e.args = (f'Exception occured in `{type(self).__name__}` when calling event `{event_name}`:\n\t{e.args[0]}',) + tuple(e.args[1:])
                    raise
        if event_name == 'after_fit':
            self.run = True
        return res

    def __setattr__(self, name, value):
        learn = self.__dict__.get('learn', None) if name != 'learn' else None
        if learn is not None and name not in self.__dict__ and hasattr(learn, name):
            warn(f"You are shadowing an attribute ({name}) that exists in the learner. Use `self.learn.{name}` to avoid this")
        object.__setattr__(self, name, value)

    @property
    def name(self):
        "Name of the `Callback`, camel-cased and with '*Callback*' removed"
        return class2attr(self, 'Callback')

class TrainEvalCallback(Callback):
    "`Callback` that tracks the number of iterations done and properly sets training/eval mode"
    order, run_valid = -10, False

    def after_create(self):
        self.learn.n_epoch = 1

    def before_fit(self):
        "Set the iter and epoch counters to 0, put the model and the right device"
        self.learn.epoch, self.learn.loss = 0, torch.tensor(0.)
        self.learn.train_iter, self.learn.pct_train = 0, 0.
        if hasattr(self.model, 'reset'):
            self.model.reset()

    def after_batch(self):
        "Update the iter counter (in training mode)"
        self.learn.pct_train += 1. / (self.n_iter * self.n_epoch)
        self.learn.train_iter += 1

    def before_train(self):
        "Set the model to training mode"
        self.learn.pct_train = self.epoch / self.n_epoch
        self.model.train()
        self.learn.training = True

    def before_validate(self):
        "Set the model to validation mode"
        self.model.eval()
        self.learn.training = False

def _to_detach(b):
    if isinstance(b, torch.Tensor):
        return b.detach()
    if isinstance(b, (list, tuple)):
        return type(b)(_to_detach(o) for o in b)
    return b

def _concat(xs, dim=0):
    if not xs:
        return None
    if isinstance(xs[0], torch.Tensor):
        return torch.cat(xs, dim=dim)
    if isinstance(xs[0], (list, tuple)):
        return type(xs[0])(_concat([o[i] for o in xs], dim) for i in range(len(xs[0])))
    return xs

class GatherPredsCallback(Callback):
    "`Callback` that returns all predictions and targets, optionally `with_input` or `with_loss`"

    def __init__(self, with_input=False, with_loss=False, save_preds=None, save_targs=None,
                 with_preds=True, with_targs=True, concat_dim=0, pickle_protocol=2):
        self.with_input, self.with_loss, self.with_preds, self.with_targs = with_input, with_loss, with_preds, with_targs
        self.concat_dim = concat_dim

    def before_batch(self):
        if self.with_input:
            self.inputs.append(_to_detach(self.xb))

    def before_validate(self):
        self.preds, self.targets = [], []
        if self.with_input:
            self.inputs = []
        if self.with_loss:
            self.losses = []

    def after_batch(self):
        if getattr(self.learn, 'pred', None) is None:
            return
        preds, targs = _to_detach(self.pred), _to_detach(self.yb)
        if self.with_preds:
            self.preds.append(preds)
        if self.with_targs:
            self.targets.append(targs)
        if self.with_loss:
            bs = self.yb[0].shape[0]
            loss = self.loss if self.loss.numel() == bs else self.loss.view(bs, -1).mean(1)
            self.losses.append(_to_detach(loss))

    def after_validate(self):
        if not hasattr(self, 'preds'):
            return
        if self.with_input:
            self.inputs = detuplify(_concat(self.inputs, self.concat_dim))
        if self.with_preds:
            self.preds = detuplify(_concat(self.preds, self.concat_dim)) if self.preds else None
        if self.with_targs:
            self.targets = detuplify(_concat(self.targets, self.concat_dim)) if self.targets else None
        if self.with_loss:
            self.losses = _concat(self.losses)

    def all_tensors(self):
        "Returns all recorded tensors in the order [inputs, preds, targets, losses]"
        res = [self.preds if self.with_preds else None, self.targets if self.with_targs else None]
        if self.with_input:
            res = [self.inputs] + res
        if self.with_loss:
            res.append(self.losses)
        return res

defaults.callbacks = [TrainEvalCallback]
