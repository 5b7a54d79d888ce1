"""fastai.data.core: TfmdLists and Datasets (items through their type transforms, split into
training and validation subsets), TfmdDL (a DataLoader with item and batch pipelines, decoding
and show_batch) and DataLoaders (the train/valid pair)."""

from pathlib import Path
from fastcore.foundation import L, coll_repr
from fastai.data.load import DataLoader
from fastai.data.transform import Pipeline
from fastai.data.tensor_types import retain_types
from fastai.data.devices import to_cpu, to_device, default_device

_batch_tfms = ('after_item', 'before_batch', 'after_batch')


def _subset_names():
    return ['train', 'valid']


class TfmdLists:
    "Items through a Pipeline of transforms, with optional train/valid `splits`."
    def __init__(self, items, tfms, use_list=None, do_setup=True, split_idx=None, train_setup=True,
                 splits=None, types=None, verbose=False, dl_type=None):
        self.items = items if isinstance(items, L) else L(items)
        self.splits = None if splits is None else L([L(s) for s in splits])
        self.split_idx = split_idx
        self.tfms = tfms if isinstance(tfms, Pipeline) else Pipeline(tfms, split_idx=split_idx)
        self.tfms.split_idx = split_idx
        self.dl_type = dl_type
        if do_setup:
            self.setup(train_setup=train_setup)

    def _new(self, items, split_idx=None, **kwargs):
        return TfmdLists(items, self.tfms, do_setup=False, split_idx=split_idx, dl_type=self.dl_type)

    def subset(self, i):
        return self._new([self.items[j] for j in self.splits[i]], split_idx=i)

    @property
    def train(self):
        return self.subset(0)

    @property
    def valid(self):
        return self.subset(1)

    @property
    def n_subsets(self):
        return len(self.splits) if self.splits is not None else 1

    def setup(self, train_setup=True):
        self.tfms.setup(self, train_setup)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        if isinstance(idx, int):
            return self.tfms(self.items.items[idx])
        return L([self.tfms(o) for o in self.items[idx]])

    def __iter__(self):
        tfms = self.tfms
        for o in self.items:
            yield tfms(o)

    def decode(self, o, **kwargs):
        return self.tfms.decode(o, **kwargs)

    @property
    def vocab(self):
        return getattr(self.tfms.fs[-1], 'vocab', None) if self.tfms.fs else None

    @property
    def c(self):
        return getattr(self.tfms.fs[-1], 'c', None) if self.tfms.fs else None

    def __repr__(self):
        return coll_repr(self)


class Datasets:
    "Tuples of items, one TfmdLists per list of transforms in `tfms`, split by `splits`."
    def __init__(self, items=None, tfms=None, tls=None, n_inp=None, dl_type=None, splits=None, split_idx=None, **kwargs):
        if tls is None:
            tfms = [[]] if tfms is None else tfms
            tls = [TfmdLists(items, t, splits=splits, split_idx=split_idx, **kwargs) for t in tfms]
        self.tls = list(tls)
        self.splits = splits if splits is not None else getattr(self.tls[0], 'splits', None)
        self.split_idx = split_idx
        self.n_inp = n_inp if n_inp is not None else max(1, len(self.tls) - 1)
        self.dl_type = dl_type if dl_type is not None else TfmdDL

    @property
    def items(self):
        return self.tls[0].items

    def __getitem__(self, idx):
        res = tuple([tl[idx] for tl in self.tls])
        if isinstance(idx, int):
            return res
        return L(list(zip(*res)))

    def __len__(self):
        return len(self.tls[0])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def subset(self, i):
        return Datasets(tls=[tl.subset(i) for tl in self.tls], n_inp=self.n_inp, dl_type=self.dl_type,
                        splits=None, split_idx=i)

    @property
    def n_subsets(self):
        return len(self.splits) if self.splits is not None else 1

    @property
    def train(self):
        return self.subset(0)

    @property
    def valid(self):
        return self.subset(1)

    @property
    def vocab(self):
        return self.tls[-1].vocab

    @property
    def loss_func(self):
        "The `loss_func` the pipelines' transforms give (fastai gathers it; `Categorize` has one)."
        found = [f.loss_func for tl in self.tls for f in tl.tfms.fs if getattr(f, 'loss_func', None) is not None]
        if not found:
            raise AttributeError("'Datasets' object has no attribute 'loss_func'")
        return found[0] if len(found) == 1 else L(found)

    @property
    def c(self):
        return self.tls[-1].c

    def decode(self, o, full=True):
        return tuple(tl.decode(o_, full=full) for o_, tl in zip(o, self.tls))

    def new_empty(self):
        return Datasets(items=[], tls=[tl._new([]) for tl in self.tls], n_inp=self.n_inp)

    def dataloaders(self, bs=64, shuffle_train=None, shuffle=True, val_shuffle=False, n=None, path='.',
                    dl_type=None, dl_kwargs=None, device=None, drop_last=None, val_bs=None, **kwargs):
        "Training and validation loaders over the subsets (the training one shuffled, dropping its last partial batch)."
        if shuffle_train is not None:
            shuffle = shuffle_train
        if device is None:
            device = default_device()
        if dl_kwargs is None:
            dl_kwargs = [{}] * self.n_subsets
        if dl_type is None:
            dl_type = self.dl_type
        if drop_last is None:
            drop_last = shuffle
        kwargs.pop('verbose', None)
        train_kwargs = dict(kwargs, bs=bs, shuffle=shuffle, drop_last=drop_last, n=n, device=device)
        train_kwargs.update(dl_kwargs[0])
        dl = dl_type(self.subset(0), **train_kwargs)
        dls = [dl]
        for i in range(1, self.n_subsets):
            valid_kwargs = dict(bs=bs if val_bs is None else val_bs, shuffle=val_shuffle, n=None, drop_last=False)
            valid_kwargs.update(dl_kwargs[i])
            dls.append(dl.new(self.subset(i), **valid_kwargs))
        return DataLoaders(*dls, path=path, device=device)

    def __repr__(self):
        return coll_repr(self)


class TfmdDL(DataLoader):
    "A DataLoader whose items pass `after_item`, and batches `before_batch` and `after_batch` Pipelines."
    def __init__(self, dataset, bs=64, shuffle=False, num_workers=None, verbose=False, do_setup=True, **kwargs):
        if num_workers is None:
            from fastcore.basics import defaults
            num_workers = min(16, defaults.cpus or 1)
        for nm in _batch_tfms:
            kwargs[nm] = Pipeline(kwargs.get(nm, None))
        super().__init__(dataset, bs=bs, shuffle=shuffle, num_workers=num_workers, **kwargs)
        if do_setup:
            for nm in _batch_tfms:
                kwargs[nm].setup(self)

    def _one_pass(self):
        b = self.do_batch([self.do_item(None)])
        its = self.after_batch(b)
        self._n_inp = 1 if not isinstance(its, (list, tuple)) or len(its) == 1 else len(its) - 1
        self._types = [type(o) for o in its] if isinstance(its, (list, tuple)) else type(its)

    def new(self, dataset=None, cls=None, **kwargs):
        res = super().new(dataset, cls, do_setup=False, **kwargs)
        if not hasattr(self, '_n_inp') or not hasattr(self, '_types'):
            self._one_pass()
        res._n_inp, res._types = self._n_inp, self._types
        return res

    def before_iter(self):
        split_idx = getattr(self.dataset, 'split_idx', None)
        for nm in _batch_tfms:
            f = getattr(self, nm)
            if isinstance(f, Pipeline):
                f.split_idx = split_idx

    @property
    def n_inp(self):
        if hasattr(self.dataset, 'n_inp'):
            return self.dataset.n_inp
        if not hasattr(self, '_n_inp'):
            self._one_pass()
        return self._n_inp

    def __getattr__(self, name):
        # fastai's DataLoader hands unknown attributes to its dataset (dls.vocab, dls.c).
        dataset = self.__dict__.get('dataset')
        if name.startswith('_') or dataset is None:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(dataset, name)

    def decode(self, b):
        return to_cpu(self.after_batch.decode(self._retain_dl(b)))

    def _retain_dl(self, b):
        if not getattr(self, '_types', None):
            self._one_pass()
        return retain_types(b, typs=self._types) if isinstance(b, (list, tuple)) else b

    def decode_batch(self, b, max_n=9, full=True):
        return self._decode_batch(self.decode(b), max_n, full)

    def _decode_batch(self, b, max_n=9, full=True):
        samples = batch_to_samples(b, max_n=max_n)
        res = []
        for s in samples:
            s = self.before_batch.decode(s)
            s = self.after_item.decode(s)
            s = self.dataset.decode(s, full=full)
            res.append(s)
        return L(res)

    def _pre_show_batch(self, b, max_n=9):
        b = self.decode(b)
        if hasattr(b, 'show'):
            return b, None, None
        its = self._decode_batch(b, max_n, full=False)
        if not isinstance(b, (list, tuple)):
            b, its = [b], L([(o,) for o in its])
        x = b[:self.n_inp]
        y = b[self.n_inp:]
        return (x[0] if len(x) == 1 else x), (y[0] if len(y) == 1 else (y if y else None)), its

    def show_batch(self, b=None, max_n=9, ctxs=None, show=True, unique=False, **kwargs):
        "Show `max_n` inputs and targets from the batch `b` (one batch of this loader by default)."
        if unique:
            old_get_idxs = self.get_idxs
            self.get_idxs = lambda: [0] * self.n
        if b is None:
            b = self.one_batch()
        if not show:
            return self._pre_show_batch(b, max_n=max_n)
        from fastai.data.show import show_batch
        show_batch(*self._pre_show_batch(b, max_n=max_n), ctxs=ctxs, max_n=max_n, **kwargs)
        if unique:
            self.get_idxs = old_get_idxs


def batch_to_samples(b, max_n=10):
    "The first `max_n` items of batch `b`, each a tuple of its parts."
    if isinstance(b, (list, tuple)):
        parts = [batch_to_samples(o, max_n) for o in b]
        return L(list(zip(*parts)))
    n = min(len(b), max_n)
    return L([b[i] for i in range(n)])


class DataLoaders:
    "The training and validation loaders, with the training one's attributes (vocab, c)."
    def __init__(self, *loaders, path='.', device=None):
        self.loaders = list(loaders)
        self.path = path if isinstance(path, Path) else Path(path)
        if device is not None:
            self.device = device

    def __getitem__(self, i):
        return self.loaders[i]

    def __len__(self):
        return len(self.loaders)

    def __iter__(self):
        return iter(self.loaders)

    @property
    def train(self):
        return self.loaders[0]

    @property
    def valid(self):
        return self.loaders[1]

    @property
    def train_ds(self):
        return self.loaders[0].dataset

    @property
    def valid_ds(self):
        return self.loaders[1].dataset

    def __getattr__(self, name):
        loaders = self.__dict__.get('loaders')
        if name.startswith('_') or not loaders:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(loaders[0], name)

    def one_batch(self):
        return self.train.one_batch()

    def to(self, device):
        self.device = device
        for dl in self.loaders:
            dl.to(device)
        return self

    def cpu(self):
        return self.to('cpu')

    def new_empty(self):
        return DataLoaders(*[dl.new(dl.dataset.new_empty()) for dl in self.loaders], path=self.path)

    @classmethod
    def from_dsets(cls, *ds, path='.', bs=64, device=None, dl_type=None, **kwargs):
        if dl_type is None:
            dl_type = TfmdDL
        return cls(*[dl_type(d, bs=bs, shuffle=(i == 0), drop_last=(i == 0), **kwargs) for i, d in enumerate(ds)],
                   path=path, device=device)

    @classmethod
    def from_dblock(cls, dblock, source, path='.', bs=64, val_bs=None, shuffle=True, device=None, **kwargs):
        return dblock.dataloaders(source, path=path, bs=bs, val_bs=val_bs, shuffle=shuffle, device=device, **kwargs)
