"""fastai.data.block: TransformBlock, CategoryBlock and DataBlock, the declarative way to say
how items are found, split, labelled and turned into batches."""

from functools import partial
from fastcore.foundation import L
from fastai.data.transform import Transform
from fastai.data.transforms import Categorize, ToTensor, RandomSplitter
from fastai.data.core import Datasets, TfmdDL


class TransformBlock:
    "The transforms one part of an item needs: type, item and batch transforms."
    def __init__(self, type_tfms=None, item_tfms=None, batch_tfms=None, dl_type=None, dls_kwargs=None):
        self.type_tfms = _as_list(type_tfms)
        self.item_tfms = [ToTensor] + _as_list(item_tfms)
        self.batch_tfms = _as_list(batch_tfms)
        self.dl_type = dl_type
        self.dls_kwargs = {} if dls_kwargs is None else dls_kwargs


def CategoryBlock(vocab=None, sort=True, add_na=False):
    "A TransformBlock for single-label categorical targets."
    return TransformBlock(type_tfms=Categorize(vocab=vocab, sort=sort, add_na=add_na))


def _as_list(o):
    if o is None:
        return []
    if isinstance(o, (list, tuple, L)):
        return list(o)
    return [o]


def _merge_key(o):
    if isinstance(o, type):
        return o
    if isinstance(o, partial) and isinstance(o.func, type):
        return o.func
    if isinstance(o, Transform):
        return type(o)
    return ('function', id(o))


def _merge_tfms(*tfms):
    "The transforms of all lists, one per class (the last one given wins), instantiated."
    groups = {}
    for group in tfms:
        for t in _as_list(group):
            groups[_merge_key(t)] = t
    return [t() if isinstance(t, type) else t for t in groups.values()]


def noop(x=None, *args, **kwargs):
    return x


class DataBlock:
    "A blueprint of how to build DataLoaders: blocks, getters, splitter and transforms."
    blocks, dl_type = (TransformBlock, TransformBlock), TfmdDL
    get_x, get_items, get_y, splitter = None, None, None, None

    def __init__(self, blocks=None, dl_type=None, getters=None, n_inp=None, item_tfms=None, batch_tfms=None,
                 get_items=None, splitter=None, get_y=None, get_x=None):
        blocks = _as_list(self.blocks if blocks is None else blocks)
        blocks = [b() if isinstance(b, type) or (callable(b) and not isinstance(b, TransformBlock)) else b for b in blocks]
        self.type_tfms = [b.type_tfms for b in blocks]
        self.default_item_tfms = _merge_tfms(*[b.item_tfms for b in blocks])
        self.default_batch_tfms = _merge_tfms(*[b.batch_tfms for b in blocks])
        self.dl_type = type(self).dl_type
        for b in blocks:
            if getattr(b, 'dl_type', None) is not None:
                self.dl_type = b.dl_type
        if dl_type is not None:
            self.dl_type = dl_type
        self.dls_kwargs = {}
        for b in blocks:
            self.dls_kwargs.update(b.dls_kwargs)
        self.n_inp = n_inp if n_inp is not None else max(1, len(blocks) - 1)
        self.getters = list(getters) if getters is not None else [noop] * len(self.type_tfms)
        if get_items is not None:
            self.get_items = get_items
        if splitter is not None:
            self.splitter = splitter
        if get_x is not None:
            self.get_x = get_x
        if get_y is not None:
            self.get_y = get_y
        if self.get_x:
            xs = _as_list(self.get_x)
            if len(xs) != self.n_inp:
                raise ValueError(f'get_x contains {len(xs)} functions, but must contain {self.n_inp} (one for each input)')
            self.getters[:self.n_inp] = xs
        if self.get_y:
            n_targs = len(self.getters) - self.n_inp
            ys = _as_list(self.get_y)
            if len(ys) != n_targs:
                raise ValueError(f'get_y contains {len(ys)} functions, but must contain {n_targs} (one for each target)')
            self.getters[self.n_inp:] = ys
        self.new(item_tfms, batch_tfms)

    def new(self, item_tfms=None, batch_tfms=None):
        self.item_tfms = _merge_tfms(self.default_item_tfms, item_tfms)
        self.batch_tfms = _merge_tfms(self.default_batch_tfms, batch_tfms)
        return self

    def _combine_type_tfms(self):
        return [[g] + list(tt) for g, tt in zip(self.getters, self.type_tfms)]

    def datasets(self, source, verbose=False):
        "The Datasets of the items found in `source`, split and typed."
        self.source = source
        items = (self.get_items or noop)(source)
        splits = (self.splitter or RandomSplitter())(items)
        return Datasets(items, tfms=self._combine_type_tfms(), splits=splits, dl_type=self.dl_type, n_inp=self.n_inp)

    def dataloaders(self, source, path='.', verbose=False, **kwargs):
        "DataLoaders of the items in `source` (bs=64; the training set shuffled)."
        dsets = self.datasets(source, verbose=verbose)
        all_kwargs = dict(self.dls_kwargs)
        all_kwargs.update(kwargs)
        return dsets.dataloaders(path=path, after_item=self.item_tfms, after_batch=self.batch_tfms, **all_kwargs)

    def summary(self, source, bs=4, show_batch=False, **kwargs):
        "Print how the first items go through the DataBlock."
        dsets = self.datasets(source)
        print(f'Setting-up type transforms pipelines\nCollecting items from {source}\nFound {len(dsets.items)} items')
        print(f'{len(dsets.splits)} datasets of sizes {",".join(str(len(s)) for s in dsets.splits)}')
        dls = self.dataloaders(source, bs=bs, **kwargs)
        b = dls.one_batch()
        print('Final sample: ' + repr(dsets.train[0]))
        print('Batch shapes: ' + ', '.join(str(tuple(o.shape)) for o in b))
        if show_batch:
            dls.show_batch(**kwargs)
