"""fastai.callback.hook: forward hooks on modules (`Hook`, `Hooks`), `HookCallback`,
`ActivationStats` (means, stds, histograms of activations) and `Learner.summary`."""

import torch
from torch import nn
from fastcore.basics import noop, first, PrettyString
from fastcore.foundation import L
from fastai.callback.core import Callback
from fastai.metrics import find_bs

def _to_detach(b, cpu=True):
    if isinstance(b, torch.Tensor):
        return b.detach()
    if isinstance(b, (list, tuple)):
        return type(b)(_to_detach(o, cpu) for o in b)
    return b

class Hook:
    "Create a hook on `m` with `hook_func`."
    def __init__(self, m, hook_func, is_forward=True, detach=True, cpu=False, gather=False):
        self.hook_func, self.detach, self.cpu, self.gather = hook_func, detach, cpu, gather
        f = m.register_forward_hook if is_forward else m.register_backward_hook
        self.hook = f(self.hook_fn)
        self.stored, self.removed = None, False

    def hook_fn(self, module, input, output):
        "Applies `hook_func` to `module`, `input`, `output`."
        if self.detach:
            input, output = _to_detach(input, self.cpu), _to_detach(output, self.cpu)
        self.stored = self.hook_func(module, input, output)

    def remove(self):
        "Remove the hook from the model."
        if not self.removed:
            self.hook.remove()
            self.removed = True

    def __enter__(self, *args):
        return self

    def __exit__(self, *args):
        self.remove()

def _hook_inner(m, i, o):
    return o if isinstance(o, torch.Tensor) or isinstance(o, (list, tuple, L)) else list(o)

def hook_output(module, detach=True, cpu=False, grad=False):
    "Return a `Hook` that stores activations of `module` in `self.stored`"
    return Hook(module, _hook_inner, detach=detach, cpu=cpu, is_forward=not grad)

class Hooks:
    "Create several hooks on the modules in `ms` with `hook_func`."
    def __init__(self, ms, hook_func, is_forward=True, detach=True, cpu=False):
        self.hooks = [Hook(m, hook_func, is_forward, detach, cpu) for m in ms]

    def __getitem__(self, i):
        return self.hooks[i]

    def __len__(self):
        return len(self.hooks)

    def __iter__(self):
        return iter(self.hooks)

    @property
    def stored(self):
        return L([o.stored for o in self])

    def remove(self):
        "Remove the hooks from the model."
        for h in self.hooks:
            h.remove()

    def __enter__(self, *args):
        return self

    def __exit__(self, *args):
        self.remove()

def hook_outputs(modules, detach=True, cpu=False, grad=False):
    "Return `Hooks` that store activations of all `modules` in `self.stored`"
    return Hooks(modules, _hook_inner, detach=detach, cpu=cpu, is_forward=not grad)

def has_params(m):
    "Check if `m` has at least one parameter"
    return len(list(m.parameters())) > 0

def flatten_model(m):
    "Return the list of all submodules and parameters of `m`"
    children = list(m.children())
    if not children:
        return [m]
    res = []
    for c in children:
        res += flatten_model(c)
    return res

def in_channels(m):
    "Return the shape of the first weight layer in `m`."
    for l in flatten_model(m):
        w = getattr(l, 'weight', None)
        if w is not None and w.ndim == 4:
            return w.shape[1]
    raise Exception('No weight layer')

def dummy_eval(m, size=(64, 64)):
    "Evaluate `m` on a dummy input of a certain `size`"
    ch_in = in_channels(m)
    x = torch.empty(1, ch_in, *size).uniform_(-1., 1.)
    with torch.no_grad():
        return m.eval()(x)

def model_sizes(m, size=(64, 64)):
    "Pass a dummy input through the model `m` to get the various sizes of activations."
    with hook_outputs(m) as hooks:
        _ = dummy_eval(m, size=size)
        return [o.stored.shape for o in hooks]

def num_features_model(m):
    "Return the number of output features for `m`."
    sz = 32
    while True:
        try:
            return model_sizes(m, (sz, sz))[-1][1]
        except Exception as e:
            sz *= 2
            if sz > 2048:
                raise e

class HookCallback(Callback):
    "`Callback` that can be used to register hooks on `modules`"
    def __init__(self, modules=None, every=None, remove_end=True, is_forward=True, detach=True, cpu=True,
                 include_paramless=False, hook=None):
        self.modules, self.every, self.remove_end, self.is_forward = modules, every, remove_end, is_forward
        self.detach, self.cpu, self.include_paramless = detach, cpu, include_paramless
        if hook is not None:
            self.hook = hook

    def hook(self, m, i, o):
        return None

    def before_fit(self):
        "Register the `Hooks` on `self.modules`."
        if self.modules is None:
            self.modules = [m for m in flatten_model(self.model) if self.include_paramless or has_params(m)]
        if self.every is None:
            self._register()

    def before_batch(self):
        if self.every is None:
            return
        if self.training and self.train_iter % self.every == 0:
            self._register()

    def after_batch(self):
        if self.every is None:
            return
        if self.training and self.train_iter % self.every == 0:
            self._remove()

    def after_fit(self):
        "Remove the `Hooks`."
        if self.remove_end:
            self._remove()

    def _register(self):
        self.hooks = Hooks(self.modules, self.hook, self.is_forward, self.detach, self.cpu)

    def _remove(self):
        hooks = self.__dict__.get('hooks')
        if hooks:
            hooks.remove()

class ActivationStats(HookCallback):
    "Callback that record the mean and std of activations."
    order = -20

    def __init__(self, with_hist=False, **kwargs):
        super().__init__(**kwargs)
        self.with_hist = with_hist

    def before_fit(self):
        "Initialize stats."
        super().before_fit()
        self.stats = L()

    def hook(self, m, i, o):
        if isinstance(o, tuple):
            return [self.hook(None, None, t) for t in o if isinstance(t, torch.Tensor)]
        o = o.float()
        res = {'mean': o.mean().item(), 'std': o.std().item(),
               'near_zero': (o <= 0.05).long().sum().item() / o.numel()}
        if self.with_hist:
            res['hist'] = o.histc(40, 0, 10)
        return res

    def after_batch(self):
        "Take the stored results and puts it in `self.stats`"
        if self.training and (self.every is None or self.train_iter % self.every == 0):
            self.stats.append(self.hooks.stored)
        super().after_batch()

    def layer_stats(self, idx):
        lstats = self.stats.itemgot(idx)
        return L([lstats.itemgot(o) for o in ('mean', 'std', 'near_zero')])

    def hist(self, idx):
        res = self.stats.itemgot(idx).itemgot('hist')
        return torch.stack(tuple(res)).t().float().log1p()

    def color_dim(self, idx, figsize=(10, 5), ax=None):
        "The 'colorful dimension' plot"
        from fastai.torch_core import subplots
        res = self.hist(idx)
        if ax is None:
            ax = subplots(figsize=figsize)[1][0]
        ax.imshow(res, origin='lower')
        ax.axis('off')

    def plot_layer_stats(self, idx):
        from fastai.torch_core import subplots
        _, axs = subplots(1, 3, figsize=(12, 3))
        for o, ax, title in zip(self.layer_stats(idx), axs, ('mean', 'std', '% near zero')):
            ax.plot(list(o))
            ax.set_title(title)

def total_params(m):
    "Give the number of parameters of a module and if it's trainable or not"
    params = sum([p.numel() for p in m.parameters()])
    trains = [p.requires_grad for p in m.parameters()]
    return params, (False if len(trains) == 0 else trains[0])

def layer_info(learn, *xb):
    "Return layer infos of `model` on `xb` (only support batch first inputs)"
    def _track(m, i, o):
        params, trainable, shape = '', '', ''
        same = any(isinstance(a, torch.Tensor) and a.shape[1:] == b.shape for a, b in zip(i, (o,) if isinstance(o, torch.Tensor) else o))
        shape = o.shape if isinstance(o, torch.Tensor) else tuple(t.shape for t in o)
        if hasattr(m, 'weight'):
            params, trainable = total_params(m)
        return (type(m).__name__, params, trainable, shape, same)

    with Hooks(flatten_model(learn.model), _track) as h:
        batch = tuple(o[:1] for o in xb)
        with learn.no_logging():
            with learn:
                learn.get_preds(dl=[batch], inner=True, reorder=False)
        return h.stored

def _get_shapes(o, bs):
    return ' x '.join([str(bs)] + [str(t) for t in o[1:]])

def _print_shapes(o, bs):
    if isinstance(o, torch.Size):
        return _get_shapes(o, bs)
    if isinstance(o, tuple) and o and isinstance(o[0], int):
        return _get_shapes(o, bs)
    if isinstance(o, tuple):
        return _get_shapes(o[0], bs)
    return str([_print_shapes(x, bs) for x in o])

def module_summary(learn, *xb):
    "Print a summary of `model` using `xb`"
    infos = layer_info(learn, *xb)
    n, bs = 76, find_bs(xb)
    inp_sz = _print_shapes(tuple(x.shape for x in xb) if len(xb) > 1 else xb[0].shape, bs)
    res = f"{type(learn.model).__name__} (Input shape: {inp_sz})\n"
    res += "=" * n + "\n"
    res += f"{'Layer (type)':<20} {'Output Shape':<20} {'Param #':<10} {'Trainable':<10}\n"
    res += "=" * n
    ps, trn_ps, j = 0, 0, 0
    infos = [o for o in infos if o is not None]
    prev_sz = None
    for typ, np_, trn, sz, chnged in infos:
        if sz is None:
            continue
        if j == 0:
            res += f'\n{"":<20} {_print_shapes(sz, bs)[:19]:<20}'
        if not chnged and not prev_sz == sz and j > 0:
            res += "\n" + "_" * n + "\n" + f'{"":<20} {_print_shapes(sz, bs)[:19]:<20}'
        j = 1
        res += f"\n{typ:<20} {'':<20} {np_:<10} {str(trn):<10}"
        if np_ != '':
            ps += np_
            if trn:
                trn_ps += np_
        prev_sz = sz
    res += "\n" + "_" * n + "\n"
    res += f"\nTotal params: {ps:,}\n"
    res += f"Total trainable params: {trn_ps:,}\n"
    res += f"Total non-trainable params: {ps - trn_ps:,}\n\n"
    return PrettyString(res)

def _opt_func_repr(f):
    # fastai prints the optimizer factory as Python shows a function.
    return repr(f)

def summary(self):
    "Print a summary of the model, optimizer and loss function."
    b = self.dls.train.one_batch()
    xb = b[:getattr(self.dls.train, "n_inp", 1)]
    res = module_summary(self, *xb)
    res += f"Optimizer used: {_opt_func_repr(self.opt_func)}\nLoss function: {self.loss_func}\n\n"
    if self.opt is not None:
        res += "Model " + ("unfrozen\n\n" if self.opt.frozen_idx == 0 else f"frozen up to parameter group #{self.opt.frozen_idx}\n\n")
    res += "Callbacks:\n" + '\n'.join(f"  - {cb}" for cb in sorted(self.cbs, key=lambda cb: cb.order))
    return PrettyString(res)

def _install_into(Learner):
    "Add this module's methods to `Learner` (fastai patches them in with `@patch`)"
    Learner.summary = summary

