"""fastai.data.load: the DataLoader that draws, shuffles and collates batches."""

import random
import torch

def _collate(items):
    first = items[0]
    if isinstance(first, torch.Tensor):
        return torch.stack(items)
    if isinstance(first, (int, float, bool)):
        return torch.tensor(items)
    if isinstance(first, tuple) or isinstance(first, list):
        return tuple(_collate([o[i] for o in items]) for i in range(len(first)))
    return tuple(items)

class DataLoader:
    # fastai's DataLoader, including how it draws random numbers: its own random.Random seeded
    # from the global `random` when made and reseeded from itself on every pass (shuffling with
    # rng.sample), and, like torch's DataLoader iterator underneath it, one 64-bit draw from
    # torch's default generator per pass. So seeded notebooks shuffle, and initialize the
    # weights made after a pass, exactly as fastai does.
    def __init__(self, dataset=None, bs=64, shuffle=False, drop_last=False, batch_size=None, **kwargs):
        self.dataset = dataset
        self.bs = batch_size if batch_size is not None else bs
        self.shuffle = shuffle
        self.drop_last = drop_last
        self.rng = random.Random(random.randint(0, 2**32 - 1))

    def __len__(self):
        n = len(self.dataset)
        return n // self.bs if self.drop_last else (n + self.bs - 1) // self.bs

    def randomize(self):
        self.rng = random.Random(self.rng.randint(0, 2**32 - 1))

    def __iter__(self):
        self.randomize()
        order = list(range(len(self.dataset)))
        if self.shuffle:
            order = self.rng.sample(order, len(order))
        torch.randint(0, 2**62, ())
        for start in range(0, len(order), self.bs):
            idxs = order[start:start + self.bs]
            if self.drop_last and len(idxs) < self.bs:
                break
            yield _collate([self.dataset[i] for i in idxs])

    def one_batch(self):
        for batch in self:
            return batch
