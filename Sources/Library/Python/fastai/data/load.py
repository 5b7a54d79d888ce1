"""fastai.data.load: the DataLoader that draws, shuffles and collates batches, with fastai's
hooks (after_item, before_batch, after_batch, create_item, create_batch) for TfmdDL."""

import random
import torch
from fastai.data.tensor_types import retain_types


def fa_collate(items):
    "Collate items into a batch: tensors are stacked, numbers become a tensor, tuples collate per part."
    first = items[0]
    if isinstance(first, torch.Tensor):
        return retain_types(torch.stack(items), first)
    if isinstance(first, bool) or isinstance(first, int):
        return torch.tensor(items)
    if isinstance(first, float):
        return torch.tensor(items)
    if isinstance(first, (tuple, list)):
        return type(first)([fa_collate([o[i] for o in items]) for i in range(len(first))])
    return tuple(items)


_collate = fa_collate


class DataLoader:
    # fastai's DataLoader, including how it draws random numbers: its own random.Random seeded
    # from the global `random` when made and reseeded from itself on every pass (shuffling with
    # rng.sample), and, like torch's DataLoader iterator underneath it, one 64-bit draw from
    # torch's default generator per pass. So seeded notebooks shuffle, and initialize the
    # weights made after a pass, exactly as fastai does. Workers are not used: items are made
    # in this process, in order (num_workers is accepted and kept for `new`).
    def __init__(self, dataset=None, bs=64, shuffle=False, drop_last=False, batch_size=None, num_workers=0,
                 n=None, device=None, indexed=None, after_item=None, before_batch=None, after_batch=None,
                 create_batch=None, **kwargs):
        self.dataset = dataset
        self.bs = batch_size if batch_size is not None else bs
        self.shuffle = shuffle
        self.drop_last = drop_last
        self.num_workers = num_workers
        self.device = device
        self.indexed = True if indexed is None else indexed
        if n is None and dataset is not None:
            n = len(dataset)
        self.n = n
        if after_item is not None:
            self.after_item = after_item
        if before_batch is not None:
            self.before_batch = before_batch
        if after_batch is not None:
            self.after_batch = after_batch
        if create_batch is not None:
            self.create_batch = create_batch
        self.rng = random.Random(random.randint(0, 2**32 - 1))

    def after_item(self, x=None):
        return x

    def before_batch(self, x=None):
        return x

    def after_batch(self, x=None):
        return x

    def before_iter(self):
        pass

    def after_iter(self):
        pass

    def __len__(self):
        n = self.n
        return n // self.bs if self.drop_last else (n + self.bs - 1) // self.bs

    def randomize(self):
        self.rng = random.Random(self.rng.randint(0, 2**32 - 1))

    def shuffle_fn(self, idxs):
        return self.rng.sample(idxs, len(idxs))

    def get_idxs(self):
        idxs = list(range(self.n))
        if self.shuffle:
            idxs = self.shuffle_fn(idxs)
        return idxs

    def create_item(self, i):
        return self.dataset[i if i is not None else 0]

    def do_item(self, i):
        return self.after_item(self.create_item(i))

    def create_batch(self, b):
        return fa_collate(b)

    def do_batch(self, b):
        return self.create_batch(self.before_batch(b))

    def __iter__(self):
        self.randomize()
        self.before_iter()
        order = self.get_idxs()
        torch.randint(0, 2**62, ())
        bs = self.bs
        do_item, do_batch = self.do_item, self.do_batch
        for start in range(0, len(order), bs):
            idxs = order[start:start + bs]
            if self.drop_last and len(idxs) < bs:
                break
            yield self.after_batch(do_batch([do_item(i) for i in idxs]))
        self.after_iter()

    def one_batch(self):
        if self.n is not None and len(self) == 0:
            raise ValueError('This DataLoader does not contain any batches')
        for batch in self:
            return batch

    def new(self, dataset=None, cls=None, **kwargs):
        "A loader like this one over `dataset`, with `kwargs` changed."
        if dataset is None:
            dataset = self.dataset
        if cls is None:
            cls = type(self)
        cur = dict(dataset=dataset, num_workers=self.num_workers, bs=self.bs, shuffle=self.shuffle,
                   drop_last=self.drop_last, indexed=self.indexed, device=self.device)
        for name in ('after_item', 'before_batch', 'after_batch'):
            if name in self.__dict__:
                cur[name] = self.__dict__[name]
        cur.update(kwargs)
        return cls(**cur)

    def to(self, device):
        self.device = device
        return self
