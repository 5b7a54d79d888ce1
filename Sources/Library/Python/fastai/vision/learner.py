"""fastai.vision.learner: `vision_learner` (and its old name `cnn_learner`) building fastai's
model from a torchvision architecture: the body cut before the pooling layer, then fastai's
head (concat pooling, BatchNorm, Dropout, Linear)."""

import torch
from torch import nn
from functools import partial
from fastcore.basics import defaults, ifnone, warn
from fastcore.foundation import L
from fastai.layers import AdaptiveConcatPool2d, Flatten, LinBnDrop, SigmoidRange, BatchNorm, init_default
from fastai.callback.hook import num_features_model
from fastai.learner import Learner, norm_bias_params
from fastai.optimizer import Adam

def params(m):
    "Return all parameters of `m`"
    return [p for p in m.parameters()]

def default_split(m):
    "Default split of a model between body and head"
    return L(m[0], m[1:]).map(params)

def _resnet_split(m):
    return L(m[0][:6], m[0][6:], m[1:]).map(params)

_default_meta = {'cut': None, 'split': default_split}
_resnet_meta = {'cut': -2, 'split': _resnet_split, 'stats': ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]), 'weights': 'DEFAULT'}
_resnet_names = ('resnet18', 'resnet34', 'resnet50', 'resnet101', 'resnet152')

def _meta(arch):
    # fastai keys model_meta by the torchvision functions; here by their names, which works
    # whichever module the architectures come from.
    name = getattr(arch, '__name__', '')
    return _resnet_meta if name in _resnet_names else _default_meta

_norm_types = ('BatchNorm1d', 'BatchNorm2d', 'BatchNorm3d', 'InstanceNorm1d', 'InstanceNorm2d', 'InstanceNorm3d', 'LayerNorm')

def _is_pool_type(l):
    name = type(l).__name__
    return name.endswith('Pool1d') or name.endswith('Pool2d') or name.endswith('Pool3d')

def has_pool_type(m):
    "Return `True` if `m` is a pooling layer or has one in its children"
    if _is_pool_type(m):
        return True
    for l in m.children():
        if has_pool_type(l):
            return True
    return False

def _get_first_layer(m):
    "Access first layer of a model"
    c, p, n = m, None, None
    for n in next(m.named_parameters())[0].split('.')[:-1]:
        p, c = c, getattr(c, n)
    return c, p, n

def _update_first_layer(model, n_in, pretrained):
    "Change first layer based on number of input channels"
    if n_in == 3:
        return
    first_layer, parent, name = _get_first_layer(model)
    assert isinstance(first_layer, nn.Conv2d), f'Change of input channels only supported with Conv2d, found {type(first_layer).__name__}'
    params_ = {attr: getattr(first_layer, attr) for attr in 'out_channels kernel_size stride padding dilation groups padding_mode'.split()}
    params_['bias'] = getattr(first_layer, 'bias') is not None
    params_['in_channels'] = n_in
    new_layer = nn.Conv2d(**params_)
    if pretrained:
        with torch.no_grad():
            if n_in == 1:
                new_layer.weight.copy_(first_layer.weight.sum(dim=1, keepdim=True))
            elif n_in == 2:
                new_layer.weight.copy_(first_layer.weight[:, :2] * 1.5)
    setattr(parent, name, new_layer)

def cut_model(model, cut):
    "Cut an instantiated model"
    if isinstance(cut, int):
        return nn.Sequential(*list(model.children())[:cut])
    if callable(cut):
        return cut(model)
    raise NameError("cut must be either integer or a function")

def create_body(model, n_in=3, pretrained=True, cut=None):
    "Cut off the body of a typically pretrained `arch` as determined by `cut`"
    _update_first_layer(model, n_in, pretrained)
    if cut is None:
        ll = list(enumerate(model.children()))
        cut = next(i for i, o in reversed(ll) if has_pool_type(o))
    return cut_model(model, cut)

def create_head(nf, n_out, lin_ftrs=None, ps=0.5, pool=True, concat_pool=True, first_bn=True, bn_final=False,
                lin_first=False, y_range=None):
    "Model head that takes `nf` features, runs through `lin_ftrs`, and out `n_out` classes."
    if pool and concat_pool:
        nf *= 2
    lin_ftrs = [nf, 512, n_out] if lin_ftrs is None else [nf] + lin_ftrs + [n_out]
    bns = [first_bn] + [True] * len(lin_ftrs[1:])
    ps = list(L(ps))
    if len(ps) == 1:
        ps = [ps[0] / 2] * (len(lin_ftrs) - 2) + ps
    actns = [nn.ReLU(inplace=True)] * (len(lin_ftrs) - 2) + [None]
    layers = []
    if pool:
        pool = AdaptiveConcatPool2d() if concat_pool else nn.AdaptiveAvgPool2d(1)
        layers += [pool, Flatten()]
    if lin_first:
        layers.append(nn.Dropout(ps.pop(0)))
    for ni, no, bn, p, actn in zip(lin_ftrs[:-1], lin_ftrs[1:], bns, ps, actns):
        layers += list(LinBnDrop(ni, no, bn=bn, p=p, act=actn, lin_first=lin_first).children())
    if lin_first:
        layers.append(nn.Linear(lin_ftrs[-2], n_out))
    if bn_final:
        layers.append(nn.BatchNorm1d(lin_ftrs[-1], momentum=0.01))
    if y_range is not None:
        layers.append(SigmoidRange(*y_range))
    return nn.Sequential(*layers)

def _requires_grad(m):
    ps = list(m.parameters())
    return ps[0].requires_grad if len(ps) else False

def apply_init(m, func=nn.init.kaiming_normal_):
    "Initialize all non-batchnorm layers of `m` with `func`."
    if type(m).__name__ not in _norm_types and _requires_grad(m):
        init_default(m, func)
    for c in m.children():
        apply_init(c, func)

def add_head(body, nf, n_out, init=nn.init.kaiming_normal_, head=None, concat_pool=True, pool=True,
             lin_ftrs=None, ps=0.5, first_bn=True, bn_final=False, lin_first=False, y_range=None):
    "Add a head to a vision body"
    if head is None:
        head = create_head(nf, n_out, concat_pool=concat_pool, pool=pool, lin_ftrs=lin_ftrs, ps=ps,
                           first_bn=first_bn, bn_final=bn_final, lin_first=lin_first, y_range=y_range)
    model = nn.Sequential(body, head)
    if init is not None:
        apply_init(model[1], init)
    return model

def create_vision_model(arch, n_out, pretrained=True, weights=None, cut=None, n_in=3, init=nn.init.kaiming_normal_,
                        custom_head=None, concat_pool=True, pool=True, lin_ftrs=None, ps=0.5, first_bn=True,
                        bn_final=False, lin_first=False, y_range=None):
    "Create custom vision architecture"
    meta = _meta(arch)
    if 'weights' in meta:
        model = arch(weights=meta['weights'] if (weights is None and pretrained) else weights)
    else:
        model = arch(pretrained=pretrained)
    body = create_body(model, n_in, pretrained, ifnone(cut, meta['cut']))
    nf = num_features_model(nn.Sequential(*body.children())) if custom_head is None else None
    return add_head(body, nf, n_out, init=init, head=custom_head, concat_pool=concat_pool, pool=pool,
                    lin_ftrs=lin_ftrs, ps=ps, first_bn=first_bn, bn_final=bn_final, lin_first=lin_first, y_range=y_range)

def get_c(dls):
    if getattr(dls, 'c', False):
        return dls.c
    vocab = getattr(dls, 'vocab', [])
    if len(vocab) > 0 and isinstance(vocab[-1], (list, tuple, L)):
        vocab = vocab[-1]
    return len(vocab)

def vision_learner(dls, arch, normalize=True, n_out=None, pretrained=True, weights=None,
                   loss_func=None, opt_func=Adam, lr=defaults.lr, splitter=None, cbs=None, metrics=None, path=None,
                   model_dir='models', wd=None, wd_bn_bias=False, train_bn=True, moms=(0.95, 0.85, 0.95),
                   cut=None, init=nn.init.kaiming_normal_, custom_head=None, concat_pool=True, pool=True,
                   lin_ftrs=None, ps=0.5, first_bn=True, bn_final=False, lin_first=False, y_range=None, **kwargs):
    "Build a vision learner from `dls` and `arch`"
    if n_out is None:
        n_out = get_c(dls)
    assert n_out, "`n_out` is not defined, and could not be inferred from data, set `dls.c` or pass `n_out`"
    meta = _meta(arch)
    n_in = kwargs['n_in'] if 'n_in' in kwargs else 3
    if normalize and pretrained and 'stats' in meta and hasattr(dls, 'add_tfms') and n_in == len(meta['stats'][0]):
        from fastai.data.transforms import Normalize
        dls.add_tfms([Normalize.from_stats(*meta['stats'])], 'after_batch')
    model = create_vision_model(arch, n_out, pretrained=pretrained, weights=weights, cut=cut, n_in=n_in, init=init,
                                custom_head=custom_head, concat_pool=concat_pool, pool=pool, lin_ftrs=lin_ftrs, ps=ps,
                                first_bn=first_bn, bn_final=bn_final, lin_first=lin_first, y_range=y_range)
    splitter = ifnone(splitter, meta['split'])
    learn = Learner(dls=dls, model=model, loss_func=loss_func, opt_func=opt_func, lr=lr, splitter=splitter, cbs=cbs,
                    metrics=metrics, path=path, model_dir=model_dir, wd=wd, wd_bn_bias=wd_bn_bias, train_bn=train_bn, moms=moms)
    if pretrained:
        learn.freeze()
    learn.arch, learn.normalize, learn.n_out, learn.pretrained = arch, normalize, n_out, pretrained
    return learn

def cnn_learner(*args, **kwargs):
    "Deprecated name for `vision_learner` -- do not use"
    warn("`cnn_learner` has been renamed to `vision_learner` -- please update your code")
    return vision_learner(*args, **kwargs)
