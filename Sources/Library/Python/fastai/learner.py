"""fastai.learner: the `Learner` (fit, validate, get_preds, predict, callbacks), the
`Recorder` that logs losses and metrics and prints fastprogress's epoch table."""

import time as _time
import torch
from torch import nn
from fastcore.basics import GetAttr, defaults, noop, replacing_yield, ContextManagers, warn, detuplify
from fastcore.foundation import L
from fastai.optimizer import *
from fastai.callback.core import *
from fastai.metrics import Metric, AvgMetric, AvgLoss, AvgSmoothLoss, ValueMetric, mk_metric, find_bs
from fastprogress.fastprogress import format_time
from functools import partial
from fastai.callback.core import _events

from fastai.data.load import DataLoader
from fastai.data.core import DataLoaders

defaults.lr = 1e-3

def _maybe_item(t):
    t = t.value
    try:
        return t.item()
    except Exception:
        return t

class Recorder(Callback):
    "Callback that registers statistics (lr, loss and metrics) during training"
    _stateattrs = ('lrs', 'iters', 'losses', 'values')
    remove_on_fetch, order = True, 50

    def __init__(self, add_time=True, train_metrics=False, valid_metrics=True, beta=0.98):
        self.add_time, self.train_metrics, self.valid_metrics = add_time, train_metrics, valid_metrics
        self.loss, self.smooth_loss = AvgLoss(), AvgSmoothLoss(beta=beta)

    def before_fit(self):
        "Prepare state for training"
        self.lrs, self.iters, self.losses, self.values = [], [], [], []
        names = self.metrics.attrgot('name')
        if self.train_metrics and self.valid_metrics:
            names = L('loss') + names
            names = names.map('train_{}') + names.map('valid_{}')
        elif self.valid_metrics:
            names = L('train_loss', 'valid_loss') + names
        else:
            names = L('train_loss') + names
        if self.add_time:
            names.append('time')
        self.metric_names = 'epoch' + names
        self.smooth_loss.reset()

    def after_batch(self):
        "Update all metrics and records lr and smooth loss in training"
        if len(self.yb) == 0:
            return
        mets = self._train_mets if self.training else self._valid_mets
        for met in mets:
            met.accumulate(self.learn)
        if not self.training:
            return
        self.lrs.append(self.opt.hypers[-1]['lr'])
        self.losses.append(self.smooth_loss.value)
        self.learn.smooth_loss = self.smooth_loss.value

    def before_epoch(self):
        "Set timer if `self.add_time=True`"
        self.cancel_train, self.cancel_valid = False, False
        if self.add_time:
            self.start_epoch = _time.time()
        self.log = L(getattr(self, 'epoch', 0))

    def before_train(self):
        for m in self._train_mets[1:]:
            m.reset()

    def before_validate(self):
        for m in self._valid_mets:
            m.reset()

    def after_train(self):
        self.log += self._train_mets.map(_maybe_item)

    def after_validate(self):
        self.log += self._valid_mets.map(_maybe_item)

    def after_cancel_train(self):
        self.cancel_train = True

    def after_cancel_validate(self):
        self.cancel_valid = True

    def after_epoch(self):
        "Store and log the loss/metric values"
        self.learn.final_record = self.log[1:].copy()
        self.values.append(self.learn.final_record)
        if self.add_time:
            self.log.append(format_time(_time.time() - self.start_epoch))
        self.logger(self.log)
        self.iters.append(self.smooth_loss.count)

    @property
    def _train_mets(self):
        if getattr(self, 'cancel_train', False):
            return L()
        return L(self.smooth_loss) + (self.metrics if self.train_metrics else L())

    @property
    def _valid_mets(self):
        if getattr(self, 'cancel_valid', False):
            return L()
        return (L(self.loss) + self.metrics if self.valid_metrics else L())

    def plot_loss(self, skip_start=5, with_valid=True, log=False, show_epochs=False, ax=None):
        "Plot the losses from `skip_start` and onward, and the validation loss of each epoch"
        import matplotlib.pyplot as plt
        if not ax:
            ax = plt.gca()
        losses = [_as_float(o) for o in self.losses]
        if log:
            ax.loglog(list(range(skip_start, len(losses))), losses[skip_start:], label='train')
        else:
            ax.plot(list(range(skip_start, len(losses))), losses[skip_start:], label='train')
        if show_epochs:
            for x in self.iters:
                ax.axvline(x, color='grey', ls=':')
        ax.set_ylabel('loss')
        ax.set_xlabel('steps')
        ax.set_title('learning curve')
        if with_valid:
            idx = sum(1 for i in self.iters if i < skip_start)
            valid_col = self.metric_names.index('valid_loss') - 1
            ax.plot(self.iters[idx:], [_as_float(v[valid_col]) for v in self.values[idx:]], label='valid')
            ax.legend()
        return ax

    def plot_sched(self, keys=None, figsize=None):
        "Plot the hyper-parameters the last `ParamScheduler` set, one axes each"
        import matplotlib.pyplot as plt
        keys = list(self.hps.keys()) if keys is None else list(L(keys))
        rows, cols = (len(keys) + 1) // 2, min(2, len(keys))
        figsize = figsize or (6 * cols, 4 * rows)
        _, axs = plt.subplots(rows, cols, figsize=figsize)
        axs = list(axs.flatten()) if len(keys) > 1 else [axs]
        for p, ax in zip(keys, axs):
            ax.plot([_as_float(o) for o in self.hps[p]])
            ax.set_ylabel(p)

    def plot_lr_find(self, skip_end=5, return_fig=True, suggestions=None, nms=None, **kwargs):
        "Plot the result of an LR Finder test (won't work if you didn't do `learn.lr_find()` before)"
        import matplotlib.pyplot as plt
        lrs = self.lrs if skip_end == 0 else self.lrs[:-skip_end]
        losses = self.losses if skip_end == 0 else self.losses[:-skip_end]
        fig, ax = plt.subplots(1, 1)
        ax.plot([_as_float(o) for o in lrs], [_as_float(o) for o in losses])
        ax.set_ylabel("Loss")
        ax.set_xlabel("Learning Rate")
        ax.set_xscale('log')
        if suggestions:
            try:
                colors = plt.rcParams['axes.prop_cycle'].by_key()['color'][1:]
            except KeyError:
                # matplotlib's default colour cycle, where rcParams does not carry it
                colors = ['#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf']
            for (val, idx), nm, color in zip(suggestions, nms, colors):
                ax.plot(val, _as_float(idx), 'o', label=nm, c=color)
            ax.legend(loc='best')

def _as_float(o):
    return o.item() if isinstance(o, torch.Tensor) else float(o)

class CastToTensor(Callback):
    "Cast Subclassed Tensors to `Tensor`"
    order = 9

    def before_batch(self):
        # Tessera's batches hold plain tensors already: nothing to cast.
        pass

_before_epoch = ['before_fit', 'before_epoch']
_after_epoch = ['after_epoch', 'after_fit']

class _ConstantFunc:
    "Returns a function that returns `o`"
    def __init__(self, o):
        self.o = o

    def __call__(self, *args, **kwargs):
        return self.o

def trainable_params(m):
    "Return all trainable parameters of `m`"
    return [p for p in m.parameters() if p.requires_grad]

_norm_types = ('BatchNorm1d', 'BatchNorm2d', 'BatchNorm3d', 'InstanceNorm1d', 'InstanceNorm2d', 'InstanceNorm3d', 'LayerNorm')

def norm_bias_params(m, with_bias=True):
    "Return all bias and BatchNorm parameters"
    if type(m).__name__ in _norm_types:
        return L(list(m.parameters()))
    res = L()
    for c in m.children():
        res += norm_bias_params(c, with_bias)
    if with_bias and getattr(m, 'bias', None) is not None:
        res.append(m.bias)
    return res

class _Hooked:
    # `learn.added_cbs(cbs)` and friends as objects: Tessera has no contextlib.
    def __init__(self, enter, exit, value=None):
        self.enter, self.exit, self.value = enter, exit, value

    def __enter__(self):
        self.enter()
        return self.value

    def __exit__(self, *args):
        self.exit()
        return False

class Learner(GetAttr):
    "Group together a `model`, some `dls` and a `loss_func` to handle training"
    _default = 'model'

    def __init__(self, dls, model, loss_func=None, opt_func=Adam, lr=defaults.lr, splitter=trainable_params,
                 cbs=None, metrics=None, path=None, model_dir='models', wd=None, wd_bn_bias=False,
                 train_bn=True, moms=(0.95, 0.85, 0.95), default_cbs=True):
        from pathlib import Path
        path = Path(path) if path is not None else getattr(dls, 'path', Path('.'))
        if loss_func is None:
            loss_func = getattr(getattr(dls, 'train_ds', None), 'loss_func', None)
            assert loss_func is not None, "Could not infer loss function from the data, please pass a loss function."
        self.dls, self.model = dls, model
        self.loss_func, self.opt_func, self.lr, self.splitter = loss_func, opt_func, lr, splitter
        self.metrics, self.path, self.model_dir, self.wd = metrics, path, model_dir, wd
        self.wd_bn_bias, self.train_bn, self.moms, self.default_cbs = wd_bn_bias, train_bn, moms, default_cbs
        self.training, self.create_mbar, self.logger, self.opt, self.cbs = False, True, print, None, L()
        self._sorted_cbs = []
        if default_cbs:
            self.add_cbs(L(defaults.callbacks))
        self.add_cbs(cbs)
        self("after_create")

    @property
    def metrics(self):
        return self._metrics

    @metrics.setter
    def metrics(self, v):
        self._metrics = L(v).map(mk_metric)

    def _grab_cbs(self, cb_cls):
        return L([cb for cb in self.cbs if isinstance(cb, cb_cls)])

    def _sort_cbs(self):
        # The loop calls every callback for every event: sort once per change, not per event.
        self._sorted_cbs = sorted(self.cbs.items, key=lambda cb: cb.order)

    def add_cbs(self, cbs):
        for cb in L(cbs):
            self.add_cb(cb)
        return self

    def remove_cbs(self, cbs):
        for cb in list(L(cbs)):
            self.remove_cb(cb)
        return self

    def add_cb(self, cb):
        if isinstance(cb, type):
            cb = cb()
        cb.learn = self
        setattr(self, cb.name, cb)
        self.cbs.append(cb)
        self._sort_cbs()
        return self

    def remove_cb(self, cb):
        if isinstance(cb, type):
            self.remove_cbs(self._grab_cbs(cb))
        else:
            cb.learn = None
            if cb.name in self.__dict__:
                delattr(self, cb.name)
            if cb in self.cbs:
                self.cbs.remove(cb)
            self._sort_cbs()
        return self

    def added_cbs(self, cbs):
        "Context manager that temporarily adds `cbs`"
        return _Hooked(lambda: self.add_cbs(cbs), lambda: self.remove_cbs(cbs))

    def removed_cbs(self, cbs):
        "Context manager that temporarily removes `cbs`"
        return _Hooked(lambda: self.remove_cbs(cbs), lambda: self.add_cbs(cbs), self)

    def ordered_cbs(self, event):
        return [cb for cb in self._sorted_cbs if hasattr(cb, event)]

    def __call__(self, event_name):
        for e in L(event_name):
            self._call_one(e)

    def _call_one(self, event_name):
        if event_name not in _events:
            raise Exception(f'missing {event_name}')
        for cb in list(self._sorted_cbs):
            cb(event_name)

    def _bn_bias_state(self, with_bias):
        return norm_bias_params(self.model, with_bias).map(lambda p: self.opt.state[p])

    def create_opt(self):
        if isinstance(self.opt_func, partial) and 'lr' in self.opt_func.keywords:
            self.lr = self.opt_func.keywords['lr']
        self.opt = self.opt_func(self.splitter(self.model), lr=self.lr)
        if not self.wd_bn_bias:
            for p in self._bn_bias_state(True):
                p['do_wd'] = False
        if self.train_bn:
            for p in self._bn_bias_state(False):
                p['force_train'] = True

    def _split(self, b):
        i = getattr(self.dls, 'n_inp', 1 if len(b) == 1 else len(b) - 1)
        self.xb, self.yb = tuple(b[:i]), tuple(b[i:])

    def _with_events(self, f, event_type, ex, final=noop):
        try:
            self._call_one(f'before_{event_type}')
            f()
        except ex:
            self._call_one(f'after_cancel_{event_type}')
        self._call_one(f'after_{event_type}')
        final()

    def all_batches(self):
        self.n_iter = len(self.dl)
        for i, b in enumerate(self.dl):
            self.one_batch(i, b)

    def _backward(self):
        self.loss_grad.backward()

    def _step(self):
        self.opt.step()

    def _do_grad_opt(self):
        self._with_events(self._backward, 'backward', CancelBackwardException)
        self._with_events(self._step, 'step', CancelStepException)
        self.opt.zero_grad()

    def _do_one_batch(self):
        self.pred = self.model(*self.xb)
        self._call_one('after_pred')
        if len(self.yb):
            self.loss_grad = self.loss_func(self.pred, *self.yb)
            self.loss = self.loss_grad.clone()
        self._call_one('after_loss')
        if not self.training or not len(self.yb):
            return
        self._do_grad_opt()

    def one_batch(self, i, b):
        self.iter = i
        self._split(b)
        self._with_events(self._do_one_batch, 'batch', CancelBatchException)

    def _do_epoch_train(self):
        self.dl = self.dls.train
        self._with_events(self.all_batches, 'train', CancelTrainException)

    def _do_epoch_validate(self, ds_idx=1, dl=None):
        if dl is None:
            dl = self.dls[ds_idx]
        self.dl = dl
        with torch.no_grad():
            self._with_events(self.all_batches, 'validate', CancelValidException)

    def _do_epoch(self):
        self._do_epoch_train()
        self._do_epoch_validate()

    def _do_fit(self):
        for epoch in range(self.n_epoch):
            self.epoch = epoch
            self._with_events(self._do_epoch, 'epoch', CancelEpochException)

    def fit(self, n_epoch, lr=None, wd=None, cbs=None, reset_opt=False, start_epoch=0):
        "Fit `self.model` for `n_epoch` using `cbs`. Optionally `reset_opt`."
        if start_epoch != 0:
            cbs = L(cbs) + SkipToEpoch(start_epoch)
        with self.added_cbs(cbs):
            if reset_opt or not self.opt:
                self.create_opt()
            if wd is None:
                wd = self.wd
            if wd is not None:
                self.opt.set_hypers(wd=wd)
            self.opt.set_hypers(lr=self.lr if lr is None else lr)
            self.n_epoch = n_epoch
            self._with_events(self._do_fit, 'fit', CancelFitException, self._end_cleanup)

    def _end_cleanup(self):
        self.dl, self.xb, self.yb, self.pred, self.loss = None, (None,), (None,), None, None

    def __enter__(self):
        self(_before_epoch)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self(_after_epoch)
        return False

    def no_logging(self):
        "Context manager to temporarily remove `logger`"
        return replacing_yield(self, 'logger', noop)

    def no_mbar(self):
        "Context manager to temporarily prevent the master progress bar from being created"
        return replacing_yield(self, 'create_mbar', False)

    def no_bar(self):
        "Context manager that deactivates the use of progress bars"
        has_progress = 'progress' in self.__dict__
        progress = self.__dict__.get('progress')
        def _enter():
            if has_progress:
                self.remove_cb(progress)
        def _exit():
            if has_progress:
                from fastai.callback.progress import ProgressCallback
                self.add_cb(ProgressCallback())
        return _Hooked(_enter, _exit, self)

    def validation_context(self, cbs=None, inner=False):
        cms = [self.no_logging(), self.no_mbar()]
        if cbs:
            cms.append(self.added_cbs(cbs))
        if not inner:
            cms.append(self)
        return ContextManagers(cms)

    def validate(self, ds_idx=1, dl=None, cbs=None):
        "Validate on `dl` with potential new `cbs`."
        if dl is None:
            dl = self.dls[ds_idx]
        with self.validation_context(cbs=cbs):
            self._do_epoch_validate(ds_idx, dl)
        return getattr(self, 'final_record', None)

    def get_preds(self, ds_idx=1, dl=None, with_input=False, with_decoded=False, with_loss=False, act=None,
                  inner=False, reorder=True, cbs=None, **kwargs):
        "Get the predictions and targets on the `ds_idx`-th dataset or `dl`, optionally `with_input` and `with_loss`"
        if dl is None:
            dl = self.dls[ds_idx]
            if hasattr(dl, 'new'):
                dl = dl.new(shuffle=False, drop_last=False)
        cb = GatherPredsCallback(with_input=with_input, with_loss=with_loss, **kwargs)
        ctx_mgrs = self.validation_context(cbs=L(cbs) + [cb], inner=inner)
        if with_loss:
            ctx_mgrs.append(self.loss_not_reduced())
        with ctx_mgrs:
            self._do_epoch_validate(dl=dl)
            if act is None:
                act = getattr(self.loss_func, 'activation', noop)
            res = cb.all_tensors()
            pred_i = 1 if with_input else 0
            if res[pred_i] is not None:
                res[pred_i] = act(res[pred_i])
                if with_decoded:
                    res.insert(pred_i + 2, getattr(self.loss_func, 'decodes', noop)(res[pred_i]))
            return tuple(res)

    def loss_not_reduced(self):
        "A context manager to evaluate `loss_func` with reduction set to none."
        if hasattr(self.loss_func, 'reduction'):
            return replacing_yield(self.loss_func, 'reduction', 'none')
        return replacing_yield(self, 'loss_func', partial(self.loss_func, reduction='none'))

    def predict(self, item, rm_type_tfms=None, with_input=False):
        "Prediction on `item`: decoded target, decoded prediction and the activations"
        dls = self.dls
        if hasattr(dls, 'test_dl'):
            dl = dls.test_dl([item], rm_type_tfms=rm_type_tfms, num_workers=0)
            inp, preds, _, dec_preds = self.get_preds(dl=dl, with_input=True, with_decoded=True)
            if hasattr(dls, 'decode_batch'):
                i = getattr(dls, 'n_inp', -1)
                inp = (inp,) if i == 1 else tuple(inp)
                dec = dls.decode_batch(inp + (dec_preds,))[0]
                dec_inp, dec_targ = detuplify(dec[:i]), detuplify(dec[i:])
                res = dec_targ, dec_preds[0], preds[0]
                return ((dec_inp,) + res) if with_input else res
            return (dec_preds[0], dec_preds[0], preds[0])
        # Without a test_dl (plain tensors), the item is one input: a batch of one through the model.
        x = item if isinstance(item, torch.Tensor) else torch.tensor(item)
        preds, = self.get_preds(dl=[(x[None],)], with_input=False, with_decoded=False, reorder=False)[:1]
        dec = getattr(self.loss_func, 'decodes', noop)(preds)
        return dec[0], dec[0], preds[0]

    def show_training_loop(self):
        indent = 0
        for s in _loop:
            if s.startswith('Start'):
                print(f'{" " * indent}{s}')
                indent += 2
            elif s.startswith('End'):
                indent -= 2
                print(f'{" " * indent}{s}')
            else:
                print(f'{" " * indent} - {s:15}:', self.ordered_cbs(s))

    def freeze_to(self, n):
        if self.opt is None:
            self.create_opt()
        self.opt.freeze_to(n)
        self.opt.clear_state()

    def freeze(self):
        self.freeze_to(-1)

    def unfreeze(self):
        self.freeze_to(0)

    @property
    def x(self):
        return detuplify(self.xb)

    @property
    def y(self):
        return detuplify(self.yb)

_loop = ['Start Fit', 'before_fit', 'Start Epoch Loop', 'before_epoch', 'Start Train', 'before_train',
         'Start Batch Loop', 'before_batch', 'after_pred', 'after_loss', 'before_backward', 'before_step',
         'after_step', 'after_cancel_batch', 'after_batch', 'End Batch Loop', 'End Train',
         'after_cancel_train', 'after_train', 'Start Valid', 'before_validate', 'Start Batch Loop',
         '**CBs same as train batch**', 'End Batch Loop', 'End Valid', 'after_cancel_validate',
         'after_validate', 'End Epoch Loop', 'after_cancel_epoch', 'after_epoch', 'End Fit',
         'after_cancel_fit', 'after_fit']

class SkipToEpoch(Callback):
    "Skip training up to `epoch`"
    order = 70

    def __init__(self, epoch):
        self._skip_to = epoch

    def before_epoch(self):
        if self.epoch < self._skip_to:
            raise CancelEpochException

def before_batch_cb(f):
    "Shortcut for creating a Callback on the `before_batch` event, which takes and returns `xb,yb`"
    def _before_batch(self):
        xb, yb = f(self, self.xb, self.yb)
        self.learn.xb, self.learn.yb = xb, yb
    cb = Callback()
    cb.before_batch = lambda: _before_batch(cb)
    return cb

defaults.callbacks = [TrainEvalCallback, Recorder, CastToTensor]

from fastai.callback.progress import ProgressCallback
from fastai.callback.schedule import *
from fastai.callback.hook import *
import fastai.callback.schedule as _schedule
import fastai.callback.hook as _hook
import fastai.callback.fp16 as _fp16
_schedule._install_into(Learner)
_hook._install_into(Learner)
_fp16._install_into(Learner)
