"""fastai.optimizer: fastai's `Optimizer`, whose step is a list of small callbacks over each
parameter's state and hyper-parameters, and the optimizers built from them (SGD, RMSProp,
Adam, RAdam, QHAdam, Lamb)."""

import math

import torch
from functools import partial
from fastcore.basics import merge, even_mults, warn
from fastcore.foundation import L

class _BaseOptimizer:
    "Common functionality between `Optimizer` and `OptimWrapper`"
    def all_params(self, n=slice(None), with_grad=False):
        res = L([(p, pg, self.state[p], hyper) for pg, hyper in zip(self.param_lists[n], self.hypers[n]) for p in pg])
        if with_grad:
            return L([o for o in res if o[0].grad is not None])
        return res

    def _set_require_grad(self, rg, p, pg, state, h):
        p.requires_grad_(rg or state.get('force_train', False))

    def freeze_to(self, n):
        self.frozen_idx = n if n >= 0 else len(self.param_lists) + n
        if self.frozen_idx >= len(self.param_lists):
            warn(f"Freezing {self.frozen_idx} groups; model has {len(self.param_lists)}; whole model is frozen.")
        for o in self.all_params(slice(n, None)):
            self._set_require_grad(True, *o)
        for o in self.all_params(slice(None, n)):
            self._set_require_grad(False, *o)

    def freeze(self):
        assert len(self.param_lists) > 1
        self.freeze_to(-1)

    def unfreeze(self):
        self.freeze_to(0)

    def set_hypers(self, **kwargs):
        for k, v in kwargs.items():
            self.set_hyper(k, v)

    def _set_hyper(self, k, v):
        for v_, h in zip(v, self.hypers):
            h[k] = v_

    def set_hyper(self, k, v):
        if isinstance(v, slice):
            if v.start:
                v = even_mults(v.start, v.stop, len(self.param_lists))
            else:
                v = [v.stop / 10] * (len(self.param_lists) - 1) + [v.stop]
        if isinstance(v, (list, tuple, L)):
            v = list(v)
        elif getattr(v, 'ndim', 0) > 0 and hasattr(v, 'tolist'):
            v = list(v.tolist())
        else:
            v = [v]
        if len(v) == 1:
            v = v * len(self.param_lists)
        assert len(v) == len(self.hypers), f"Trying to set {len(v)} values for {k} but there are {len(self.param_lists)} parameter groups."
        self._set_hyper(k, v)

    @property
    def param_groups(self):
        return [{**{'params': pg}, **hp} for pg, hp in zip(self.param_lists, self.hypers)]

    @param_groups.setter
    def param_groups(self, v):
        for hyper, v_ in zip(self.hypers, v):
            for k, t in v_.items():
                if k != 'params':
                    hyper[k] = t

class _ParamState(dict):
    # fastai keys its state by the parameter (a defaultdict(dict)); tensors hash by identity.
    def __missing__(self, key):
        value = {}
        self[key] = value
        return value

class Optimizer(_BaseOptimizer):
    "Base optimizer class for the fastai library, updating `params` with `cbs`"
    _keep_on_clear = ['force_train', 'do_wd']

    def __init__(self, params, cbs, train_bn=True, **defaults):
        params = L(params)
        self.cbs, self.state, self.train_bn = L(cbs), _ParamState(), train_bn
        defaults = merge(*[getattr(cb, 'defaults', None) for cb in self.cbs], defaults)
        if len(params) and isinstance(params[0], (L, list)):
            self.param_lists = L([L(p) for p in params])
        else:
            self.param_lists = L([params])
        self.hypers = L([{} for _ in range(len(self.param_lists))])
        self.set_hypers(**defaults)
        self.frozen_idx = 0

    def zero_grad(self):
        for p, *_ in self.all_params(with_grad=True):
            p.grad.detach_()
            p.grad.zero_()

    def step(self, closure=None):
        if closure is not None:
            raise NotImplementedError("fastai optimizers currently do not support closure")
        with torch.no_grad():
            for pg, hyper in zip(self.param_lists, self.hypers):
                for p in pg:
                    if p.grad is None:
                        continue
                    state = self.state[p]
                    for cb in self.cbs:
                        new = cb(p, **{**state, **hyper})
                        if isinstance(new, dict):
                            state.update(new)
                    self.state[p] = state

    def clear_state(self):
        for p, pg, state, hyper in self.all_params():
            self.state[p] = {k: state[k] for k in self._keep_on_clear if k in state}

    def state_dict(self):
        state = [self.state[p] for p, *_ in self.all_params()]
        return {'state': state, 'hypers': self.hypers}

    def load_state_dict(self, sd):
        assert len(sd["hypers"]) == len(self.param_lists)
        assert len(sd["state"]) == sum([len(pg) for pg in self.param_lists])
        self.hypers = L(sd['hypers'])
        self.state = _ParamState()
        for p, s in zip(self.all_params().itemgot(0), sd['state']):
            self.state[p] = s

def sgd_step(p, lr, **kwargs):
    p.data.add_(p.grad.data, alpha=-lr)

def weight_decay(p, lr, wd, do_wd=True, **kwargs):
    "Weight decay as decaying `p` with `lr*wd`"
    if do_wd and wd != 0:
        p.data.mul_(1 - lr * wd)

weight_decay.defaults = dict(wd=0.)

def l2_reg(p, lr, wd, do_wd=True, **kwargs):
    "L2 regularization as adding `wd*p` to `p.grad`"
    if do_wd and wd != 0:
        p.grad.data.add_(p.data, alpha=wd)

l2_reg.defaults = dict(wd=0.)

def average_grad(p, mom, dampening=False, grad_avg=None, **kwargs):
    "Keeps track of the avg grads of `p` in `state` with `mom`."
    if grad_avg is None:
        grad_avg = torch.zeros_like(p.grad.data)
    damp = 1 - mom if dampening else 1.
    grad_avg.mul_(mom).add_(p.grad.data, alpha=damp)
    return {'grad_avg': grad_avg}

average_grad.defaults = dict(mom=0.9)

def _addcmul_(t, a, b, value):
    # PyTorch's addcmul kernel is fma(value * a, b, t): one rounding for the product and the
    # sum. The product of two float32 values is exact in float64, so summing there and rounding
    # back to float32 gives the same numbers.
    return t.copy_(t.double().add_(a.mul(value).double().mul_(b.double())))

def _addcdiv_(t, a, b, value):
    # PyTorch's addcdiv kernel: t + (value * a) / b, each step rounded in the tensor's dtype.
    return t.add_(a.mul(value).div_(b))

def average_sqr_grad(p, sqr_mom, dampening=True, sqr_avg=None, **kwargs):
    if sqr_avg is None:
        sqr_avg = torch.zeros_like(p.grad.data)
    damp = 1 - sqr_mom if dampening else 1.
    _addcmul_(sqr_avg.mul_(sqr_mom), p.grad.data, p.grad.data, damp)
    return {'sqr_avg': sqr_avg}

average_sqr_grad.defaults = dict(sqr_mom=0.99)

def momentum_step(p, lr, grad_avg, **kwargs):
    "Step for SGD with momentum with `lr`"
    p.data.add_(grad_avg, alpha=-lr)

def SGD(params, lr, mom=0., wd=0., decouple_wd=True):
    "A SGD `Optimizer`"
    cbs = [weight_decay] if decouple_wd else [l2_reg]
    if mom != 0:
        cbs.append(average_grad)
    cbs.append(sgd_step if mom == 0 else momentum_step)
    return Optimizer(params, cbs, lr=lr, mom=mom, wd=wd)

def rms_prop_step(p, lr, sqr_avg, eps, grad_avg=None, **kwargs):
    "Step for RMSProp with momentum with `lr`"
    denom = sqr_avg.sqrt().add_(eps)
    _addcdiv_(p.data, grad_avg if grad_avg is not None else p.grad, denom, -lr)

rms_prop_step.defaults = dict(eps=1e-8)

def RMSProp(params, lr, mom=0., sqr_mom=0.99, eps=1e-8, wd=0., decouple_wd=True):
    "A RMSProp `Optimizer`"
    cbs = [weight_decay] if decouple_wd else [l2_reg]
    cbs += ([average_sqr_grad] if mom == 0. else [average_grad, average_sqr_grad])
    cbs.append(rms_prop_step)
    return Optimizer(params, cbs, lr=lr, mom=mom, sqr_mom=sqr_mom, wd=wd)

def step_stat(p, step=0, **kwargs):
    "Register the number of steps done in `state` for `p`"
    step += 1
    return {'step': step}

def debias(mom, damp, step):
    return damp * (1 - mom ** step) / (1 - mom)

def adam_step(p, lr, mom, step, sqr_mom, grad_avg, sqr_avg, eps, **kwargs):
    "Step for Adam with `lr` on `p`"
    debias1 = debias(mom, 1 - mom, step)
    debias2 = debias(sqr_mom, 1 - sqr_mom, step)
    _addcdiv_(p.data, grad_avg, (sqr_avg / debias2).sqrt() + eps, -lr / debias1)
    return p

adam_step._defaults = dict(eps=1e-5)

def Adam(params, lr, mom=0.9, sqr_mom=0.99, eps=1e-5, wd=0.01, decouple_wd=True):
    "A Adam/AdamW `Optimizer`"
    cbs = [weight_decay] if decouple_wd else [l2_reg]
    cbs += [partial(average_grad, dampening=True), average_sqr_grad, step_stat, adam_step]
    return Optimizer(params, cbs, lr=lr, mom=mom, sqr_mom=sqr_mom, eps=eps, wd=wd)

def radam_step(p, lr, mom, step, sqr_mom, grad_avg, sqr_avg, eps, beta, **kwargs):
    "Step for RAdam with `lr` on `p`"
    debias1 = debias(mom, 1 - mom, step)
    debias2 = debias(sqr_mom, 1 - sqr_mom, step)
    r_inf = 2 / (1 - sqr_mom) - 1
    r = r_inf - 2 * step * sqr_mom ** step / (1 - sqr_mom ** step)
    if r > 5:
        v = math.sqrt(((r - 4) * (r - 2) * r_inf) / ((r_inf - 4) * (r_inf - 2) * r))
        denom = (sqr_avg / debias2).sqrt()
        if eps:
            denom += eps
        if beta:
            denom = torch.nn.functional.softplus(denom, beta)
        _addcdiv_(p.data, grad_avg, denom, -lr * v / debias1)
    else:
        p.data.add_(grad_avg, alpha=-lr / debias1)
    return p

radam_step._defaults = dict(eps=1e-5)

def RAdam(params, lr, mom=0.9, sqr_mom=0.99, eps=1e-5, wd=0., beta=0., decouple_wd=True):
    "A RAdam/RAdamW `Optimizer`"
    cbs = [weight_decay] if decouple_wd else [l2_reg]
    cbs += [partial(average_grad, dampening=True), average_sqr_grad, step_stat, radam_step]
    return Optimizer(params, cbs, lr=lr, mom=mom, sqr_mom=sqr_mom, eps=eps, wd=wd, beta=beta)

def qhadam_step(p, lr, mom, sqr_mom, sqr_avg, nu_1, nu_2, step, grad_avg, eps, **kwargs):
    debias1 = debias(mom, 1 - mom, step)
    debias2 = debias(sqr_mom, 1 - sqr_mom, step)
    _addcdiv_(p.data, ((1 - nu_1) * p.grad.data) + (nu_1 * (grad_avg / debias1)),
              (((1 - nu_2) * (p.grad.data) ** 2) + (nu_2 * (sqr_avg / debias2))).sqrt() + eps, -lr)
    return p

qhadam_step._defaults = dict(eps=1e-8)

def QHAdam(params, lr, mom=0.999, sqr_mom=0.999, nu_1=0.7, nu_2=1.0, eps=1e-8, wd=0., decouple_wd=True):
    "A QHAdam/QHAdamW `Optimizer`"
    cbs = [weight_decay] if decouple_wd else [l2_reg]
    cbs += [partial(average_grad, dampening=True), partial(average_sqr_grad, dampening=True), step_stat, qhadam_step]
    return Optimizer(params, cbs, lr=lr, nu_1=nu_1, nu_2=nu_2, mom=mom, sqr_mom=sqr_mom, eps=eps, wd=wd)

def lamb_step(p, lr, mom, step, sqr_mom, grad_avg, sqr_avg, eps, **kwargs):
    "Step for LAMB with `lr` on `p`"
    debias1 = debias(mom, 1 - mom, step)
    debias2 = debias(sqr_mom, 1 - sqr_mom, step)
    r1 = p.data.pow(2).mean().sqrt()
    step = (grad_avg / debias1) / ((sqr_avg / debias2).sqrt() + eps)
    r2 = step.pow(2).mean().sqrt()
    q = 1 if r1 == 0 or r2 == 0 else min(r1 / r2, 10)
    # fastai passes the 0-dim tensor `-lr*q` as alpha: its float32 value.
    alpha = -lr * q
    p.data.add_(step, alpha=alpha.item() if isinstance(alpha, torch.Tensor) else alpha)

lamb_step._defaults = dict(eps=1e-6, wd=0.)

def Lamb(params, lr, mom=0.9, sqr_mom=0.99, eps=1e-5, wd=0., decouple_wd=True):
    "A LAMB `Optimizer`"
    cbs = [weight_decay] if decouple_wd else [l2_reg]
    cbs += [partial(average_grad, dampening=True), average_sqr_grad, step_stat, lamb_step]
    return Optimizer(params, cbs, lr=lr, mom=mom, sqr_mom=sqr_mom, eps=eps, wd=wd)
