"""fastcore's Transform and Pipeline, as the data pipeline uses them: a transform acts on the
parts of a tuple one by one, leaves the types it does not handle unchanged, can be limited to
the training (`split_idx=0`) or validation set, has `setups` run over the training items, and
keeps a TensorBase subclass on what it returns (fastcore's `retain_type`)."""

import torch
from fastai.data.tensor_types import TensorBase, retain_type


class Transform:
    "Decodable transform: `encodes` on the way in, `decodes` on the way back."
    order = 0
    split_idx = None

    def __init__(self, enc=None, dec=None, split_idx=None, order=None):
        if enc is not None:
            self.encodes = enc
            self.name = getattr(enc, '__name__', type(self).__name__)
        if dec is not None:
            self.decodes = dec
        if split_idx is not None:
            self.split_idx = split_idx
        if order is not None:
            self.order = order

    @property
    def name(self):
        return getattr(self, '_name', type(self).__name__)

    @name.setter
    def name(self, value):
        self._name = value

    def encodes(self, x):
        return x

    def decodes(self, x):
        return x

    def setups(self, items):
        pass

    def setup(self, items=None, train_setup=False):
        self.setups(getattr(items, 'train', items) if train_setup else items)

    def __call__(self, x, split_idx=None, **kwargs):
        if self.split_idx is not None and split_idx != self.split_idx:
            return x
        if type(x) is tuple:
            return self._apply(self.encodes, x)
        res = self.encodes(x)
        return retain_type(res, x) if isinstance(x, TensorBase) else res

    def decode(self, x, split_idx=None, **kwargs):
        if split_idx != self.split_idx and self.split_idx is not None:
            return x
        return self._apply(self.decodes, x)

    def _apply(self, f, x):
        if isinstance(x, tuple):
            return tuple([self._apply(f, o) for o in x])
        res = f(x)
        return retain_type(res, x) if isinstance(x, TensorBase) else res

    def __repr__(self):
        return f'{self.name} -- {{}}:\nencodes: \ndecodes: '


class DisplayedTransform(Transform):
    "A transform that shows its name and parameters when printed."
    def __repr__(self):
        return self.name


class ItemTransform(Transform):
    "A transform that acts on the whole item (the tuple), not on its parts."
    def _apply(self, f, x):
        return f(x)


class Pipeline:
    "Transforms composed in order of their `order`, with `setup` and `decode`."
    def __init__(self, funcs=None, split_idx=None):
        self.split_idx = split_idx
        if funcs is None:
            funcs = []
        elif isinstance(funcs, Pipeline):
            funcs = list(funcs.fs)
        elif not isinstance(funcs, (list, tuple)) and not hasattr(funcs, 'items'):
            funcs = [funcs]
        else:
            funcs = list(funcs)
        self.fs = sorted([f if isinstance(f, Transform) else Transform(f) for f in funcs], key=lambda f: f.order)

    def setup(self, items=None, train_setup=False):
        tfms = list(self.fs)
        self.fs = []
        for t in tfms:
            self.add(t, items, train_setup)

    def add(self, ts, items=None, train_setup=False):
        if not isinstance(ts, (list, tuple)):
            ts = [ts]
        for t in ts:
            t.setup(items, train_setup)
        self.fs = sorted(self.fs + list(ts), key=lambda f: f.order)

    def __call__(self, o):
        split_idx = self.split_idx
        for f in self.fs:
            o = f(o, split_idx)
        return o

    def decode(self, o, full=True):
        if full:
            for f in reversed(self.fs):
                o = f.decode(o, split_idx=self.split_idx)
            return o
        # Decode only until the value knows how to show itself.
        for f in reversed(self.fs):
            if hasattr(o, 'show'):
                return o
            o = f.decode(o, split_idx=self.split_idx)
        return o

    def __len__(self):
        return len(self.fs)

    def __getitem__(self, i):
        return self.fs[i]

    def __repr__(self):
        return 'Pipeline: ' + ' -> '.join(f.name for f in self.fs if f.name != 'noop')
