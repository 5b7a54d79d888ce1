"""fastai.layers: the layers fastai builds models from (Lambda, Flatten, ConvLayer, ResBlock,
AdaptiveConcatPool2d, LinBnDrop, SigmoidRange, ...) and `sequential`."""

import torch
from torch import nn
import torch.nn.functional as F
from collections import OrderedDict
from functools import partial
from fastcore.basics import defaults, noop

defaults.activation = nn.ReLU

class Module(nn.Module):
    "Same as `nn.Module`, but no need for subclasses to call `super().__init__`"
    def __new__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        nn.Module.__init__(obj)
        return obj

    def __init__(self, *args, **kwargs):
        pass

def _basic_repr(self, flds):
    sig = ', '.join(f'{o}={getattr(self, o)!r}' for o in flds)
    return f'{type(self).__name__}({sig})'

class Identity(Module):
    "Do nothing at all"
    def forward(self, x):
        return x

    def __repr__(self):
        return 'Identity()'

class Lambda(Module):
    "An easy way to create a pytorch layer for a simple `func`"
    def __init__(self, func):
        self.func = func

    def forward(self, x):
        return self.func(x)

    def __repr__(self):
        return _basic_repr(self, ['func'])

class PartialLambda(Lambda):
    "Layer that applies `partial(func, **kwargs)`"
    def __init__(self, func, **kwargs):
        super().__init__(partial(func, **kwargs))
        self.repr = f'{func.__name__}, {kwargs}'

    def __repr__(self):
        return f'{type(self).__name__}({self.repr})'

class Flatten(Module):
    "Flatten `x` to a single dimension, e.g. at end of a model. `full` for rank-1 tensor"
    def __init__(self, full=False):
        self.full = full

    def forward(self, x):
        return x.view(-1) if self.full else x.view(x.size(0), -1)

    def __repr__(self):
        return _basic_repr(self, ['full'])

class View(Module):
    "Reshape `x` to `size`"
    def __init__(self, *size):
        self.size = size

    def forward(self, x):
        return x.view(self.size)

def sigmoid_range(x, low, high):
    "Sigmoid function with range `(low, high)`"
    return torch.sigmoid(x) * (high - low) + low

class SigmoidRange(Module):
    "Sigmoid module with range `(low, high)`"
    def __init__(self, low, high):
        self.low, self.high = low, high

    def forward(self, x):
        return sigmoid_range(x, self.low, self.high)

    def __repr__(self):
        return _basic_repr(self, ['low', 'high'])

class AdaptiveConcatPool2d(Module):
    "Layer that concats `AdaptiveAvgPool2d` and `AdaptiveMaxPool2d`"
    def __init__(self, size=None):
        self.size = size or 1
        self.ap = nn.AdaptiveAvgPool2d(self.size)
        self.mp = nn.AdaptiveMaxPool2d(self.size)

    def forward(self, x):
        return torch.cat([self.mp(x), self.ap(x)], 1)

class NormType:
    "fastai's NormType enum"
    Batch, BatchZero, Weight, Spectral, Instance, InstanceZero = 'Batch', 'BatchZero', 'Weight', 'Spectral', 'Instance', 'InstanceZero'

def _get_norm(prefix, nf, ndim=2, zero=False, **kwargs):
    "Norm layer with `nf` features and `ndim` initialized depending on `norm_type`."
    assert 1 <= ndim <= 3
    bn = getattr(nn, f"{prefix}{ndim}d")(nf, **kwargs)
    if bn.affine:
        bn.bias.data.fill_(1e-3)
        bn.weight.data.fill_(0. if zero else 1.)
    return bn

def BatchNorm(nf, ndim=2, norm_type=NormType.Batch, **kwargs):
    "BatchNorm layer with `nf` features and `ndim` initialized depending on `norm_type`."
    return _get_norm('BatchNorm', nf, ndim, zero=norm_type == NormType.BatchZero, **kwargs)

def InstanceNorm(nf, ndim=2, norm_type=NormType.Instance, affine=True, **kwargs):
    "InstanceNorm layer with `nf` features and `ndim` initialized depending on `norm_type`."
    return _get_norm('InstanceNorm', nf, ndim, zero=norm_type == NormType.InstanceZero, affine=affine, **kwargs)

class LinBnDrop(nn.Sequential):
    "Module grouping `BatchNorm1d`, `Dropout` and `Linear` layers"
    def __init__(self, n_in, n_out, bn=True, p=0., act=None, lin_first=False):
        layers = [BatchNorm(n_out if lin_first else n_in, ndim=1)] if bn else []
        if p != 0:
            layers.append(nn.Dropout(p))
        lin = [nn.Linear(n_in, n_out, bias=not bn)]
        if act is not None:
            lin.append(act)
        layers = lin + layers if lin_first else layers + lin
        super().__init__(*layers)

def _default_init(act):
    # fastai sets `__default_init__` on the activation classes: kaiming_uniform_ after ReLUs,
    # xavier_uniform_ after sigmoid and tanh.
    if act is None:
        return noop
    t = type(act)
    if t in (nn.ReLU, nn.LeakyReLU) or getattr(nn, 'ReLU6', None) is t:
        return nn.init.kaiming_uniform_
    if t in (nn.Sigmoid, nn.Tanh):
        return nn.init.xavier_uniform_
    return getattr(act, '__default_init__', noop)

def init_linear(m, act_func=None, init='auto', bias_std=0.01):
    if getattr(m, 'bias', None) is not None and bias_std is not None:
        with torch.no_grad():
            if bias_std != 0:
                nn.init.normal_(m.bias, 0, bias_std)
            else:
                m.bias.data.zero_()
    if init == 'auto':
        init = _default_init(act_func)
    if callable(init):
        with torch.no_grad():
            init(m.weight)

def init_default(m, func=nn.init.kaiming_normal_):
    "Initialize `m` weights with `func` and set `bias` to 0."
    with torch.no_grad():
        if func and hasattr(m, 'weight'):
            func(m.weight)
        if getattr(m, 'bias', None) is not None:
            m.bias.fill_(0.)
    return m

def _conv_func(ndim=2, transpose=False):
    "Return the proper conv `ndim` function, potentially `transposed`."
    assert 1 <= ndim <= 3
    return getattr(nn, f'Conv{"Transpose" if transpose else ""}{ndim}d')

class ConvLayer(nn.Sequential):
    "Create a sequence of convolutional (`ni` to `nf`), ReLU (if `use_activ`) and `norm_type` layers."
    def __init__(self, ni, nf, ks=3, stride=1, padding=None, bias=None, ndim=2, norm_type=NormType.Batch, bn_1st=True,
                 act_cls=defaults.activation, transpose=False, init='auto', xtra=None, bias_std=0.01, **kwargs):
        if padding is None:
            padding = ((ks - 1) // 2 if not transpose else 0)
        bn = norm_type in (NormType.Batch, NormType.BatchZero)
        inn = norm_type in (NormType.Instance, NormType.InstanceZero)
        if bias is None:
            bias = not (bn or inn)
        conv_func = _conv_func(ndim, transpose=transpose)
        conv = conv_func(ni, nf, kernel_size=ks, bias=bias, stride=stride, padding=padding, **kwargs)
        act = None if act_cls is None else act_cls()
        init_linear(conv, act, init=init, bias_std=bias_std)
        layers = [conv]
        act_bn = []
        if act is not None:
            act_bn.append(act)
        if bn:
            act_bn.append(BatchNorm(nf, norm_type=norm_type, ndim=ndim))
        if inn:
            act_bn.append(InstanceNorm(nf, norm_type=norm_type, ndim=ndim))
        if bn_1st:
            act_bn.reverse()
        layers += act_bn
        if xtra:
            layers.append(xtra)
        super().__init__(*layers)

def AdaptiveAvgPool(sz=1, ndim=2):
    "nn.AdaptiveAvgPool layer for `ndim`"
    assert 1 <= ndim <= 3
    return getattr(nn, f"AdaptiveAvgPool{ndim}d")(sz)

def MaxPool(ks=2, stride=None, padding=0, ndim=2, ceil_mode=False):
    "nn.MaxPool layer for `ndim`"
    assert 1 <= ndim <= 3
    return getattr(nn, f"MaxPool{ndim}d")(ks, stride=stride, padding=padding)

def AvgPool(ks=2, stride=None, padding=0, ndim=2, ceil_mode=False):
    "nn.AvgPool layer for `ndim`"
    assert 1 <= ndim <= 3
    return getattr(nn, f"AvgPool{ndim}d")(ks, stride=stride, padding=padding, ceil_mode=ceil_mode)

def sequential(*args):
    "Create an `nn.Sequential`, wrapping items with `Lambda` if needed"
    if len(args) != 1 or not isinstance(args[0], OrderedDict):
        args = list(args)
        for i, o in enumerate(args):
            if not isinstance(o, nn.Module):
                args[i] = Lambda(o)
    return nn.Sequential(*args)

class ResBlock(Module):
    "Resnet block from `ni` to `nh` with `stride` (fastai's, without the SE/self-attention options)"
    def __init__(self, expansion, ni, nf, stride=1, groups=1, nh1=None, nh2=None, dw=False, g2=1,
                 norm_type=NormType.Batch, act_cls=defaults.activation, ndim=2, ks=3,
                 pool=AvgPool, pool_first=True, **kwargs):
        norm2 = (NormType.BatchZero if norm_type == NormType.Batch else
                 NormType.InstanceZero if norm_type == NormType.Instance else norm_type)
        if nh2 is None:
            nh2 = nf
        if nh1 is None:
            nh1 = nh2
        nf, ni = nf * expansion, ni * expansion
        k0 = dict(norm_type=norm_type, act_cls=act_cls, ndim=ndim, **kwargs)
        k1 = dict(norm_type=norm2, act_cls=None, ndim=ndim, **kwargs)
        if expansion == 1:
            convpath = [ConvLayer(ni, nh2, ks, stride=stride, groups=ni if dw else groups, **k0),
                        ConvLayer(nh2, nf, ks, groups=g2, **k1)]
        else:
            convpath = [ConvLayer(ni, nh1, 1, **k0),
                        ConvLayer(nh1, nh2, ks, stride=stride, groups=nh1 if dw else groups, **k0),
                        ConvLayer(nh2, nf, 1, groups=g2, **k1)]
        self.convpath = nn.Sequential(*convpath)
        idpath = []
        if ni != nf:
            idpath.append(ConvLayer(ni, nf, 1, act_cls=None, ndim=ndim, **kwargs))
        if stride != 1:
            idpath.insert((1, 0)[pool_first], pool(stride, ndim=ndim, ceil_mode=True))
        self.idpath = nn.Sequential(*idpath)
        self.act = defaults.activation() if act_cls is defaults.activation else act_cls()

    def forward(self, x):
        return self.act(self.convpath(x) + self.idpath(x))
