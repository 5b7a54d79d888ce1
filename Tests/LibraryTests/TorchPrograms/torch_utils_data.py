# torch.utils.data as a learner's own training loop uses it: TensorDataset, DataLoader (shuffled
# with a seed, drop_last, custom collate), random_split, Subset, ConcatDataset, samplers, and
# torch.Generator streams that leave the default stream alone.
import torch
from torch.utils.data import (DataLoader, Dataset, TensorDataset, random_split, Subset, ConcatDataset,
                              SequentialSampler, RandomSampler, BatchSampler, SubsetRandomSampler,
                              default_collate, IterableDataset)

torch.manual_seed(0)
x = torch.arange(20.).reshape(10, 2)
y = torch.arange(10)
ds = TensorDataset(x, y)
print(len(ds), ds[3])

dl = DataLoader(ds, batch_size=4)
print(len(dl))
for xb, yb in dl:
    print(xb.shape, yb)

torch.manual_seed(42)
dl = DataLoader(ds, batch_size=4, shuffle=True)
for epoch in range(2):
    print('epoch', epoch, [yb.tolist() for _, yb in dl])
print('after loader', torch.rand(2))

torch.manual_seed(42)
print([b[1].tolist() for b in DataLoader(ds, batch_size=3, shuffle=True, drop_last=True)])
print(len(DataLoader(ds, batch_size=3, drop_last=True)), len(DataLoader(ds, batch_size=3)))

g = torch.Generator().manual_seed(7)
print([b[1].tolist() for b in DataLoader(ds, batch_size=5, shuffle=True, generator=g)])
print(g.initial_seed())

torch.manual_seed(1)
train, valid = random_split(ds, [8, 2])
print(type(train).__name__, len(train), len(valid), train.indices, valid.indices)
a, b, c = random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(3))
print(list(a), list(b), list(c))
print([len(s) for s in random_split(range(11), [0.5, 0.5], generator=torch.Generator().manual_seed(3))])

sub = Subset(ds, [9, 0, 5])
print(len(sub), sub[0], sub[-1][1])
both = ConcatDataset([sub, TensorDataset(x[:2], y[:2])])
print(len(both), both[3][1], both[-1][1], both.cumulative_sizes)
print(len(sub + sub))

class Squares(Dataset):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i): return {'x': float(i), 'sq': i * i, 'name': 'n%d' % i}

for batch in DataLoader(Squares(5), batch_size=2):
    print(batch)

print(default_collate([(1, 2.5), (3, 4.5)]))
print(default_collate([[torch.ones(2), 1], [torch.zeros(2), 0]]))

def pad_collate(batch):
    xs, ys = zip(*batch)
    return torch.stack(xs), torch.tensor(ys)
print(next(iter(DataLoader(ds, batch_size=2, collate_fn=pad_collate))))

print(list(SequentialSampler(range(4))))
torch.manual_seed(5)
print(list(RandomSampler(range(6))))
print(list(RandomSampler(range(6), replacement=True, num_samples=10, generator=torch.Generator().manual_seed(2))))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=True)))
print(list(SubsetRandomSampler([10, 20, 30, 40], generator=torch.Generator().manual_seed(4))))
print(list(DataLoader(range(5), batch_size=None)), list(DataLoader([(1, 2.0), (3, 4.0)], batch_size=None)))

class Count(IterableDataset):
    def __iter__(self): return iter(range(7))
print([b.tolist() for b in DataLoader(Count(), batch_size=3)])

for bad in [lambda: DataLoader(ds, batch_size=0), lambda: DataLoader(ds, sampler=SequentialSampler(ds), shuffle=True),
            lambda: DataLoader(ds, num_workers=-1), lambda: TensorDataset(x, y[:3]),
            lambda: random_split(ds, [3, 3]), lambda: default_collate([object()]),
            lambda: DataLoader(Count(), shuffle=True), lambda: RandomSampler(ds, num_samples=0),
            lambda: next(iter(DataLoader([[1, 2], [3]], batch_size=2)))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)

try:
    torch.randperm(3, generator=5)
except TypeError:
    print('randperm(generator=5): TypeError')

torch.manual_seed(3)
print(torch.randperm(5, generator=torch.Generator().manual_seed(3)), torch.randperm(5))
print(torch.rand(2, generator=torch.Generator().manual_seed(9)), torch.randn(2, generator=torch.Generator().manual_seed(9)))
print(torch.randint(0, 10, (4,), generator=torch.Generator().manual_seed(9)))
print(torch.empty(3).uniform_(generator=torch.Generator().manual_seed(9)), torch.empty(2).normal_(generator=torch.Generator().manual_seed(9)))
print(torch.manual_seed(3) is torch.default_generator, torch.default_generator.initial_seed())
print(torch.empty(5, dtype=torch.int64).random_(0, 10, generator=torch.Generator().manual_seed(5)))
print(torch.ones(6).bernoulli_(0.5, generator=torch.Generator().manual_seed(5)))
print(torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 4, replacement=True, generator=torch.Generator().manual_seed(5)))
print(torch.normal(0.0, 1.0, (3,), generator=torch.Generator().manual_seed(5)))
print(torch.empty(3).exponential_(generator=torch.Generator().manual_seed(5)))
print('default stream untouched:', torch.rand(1))
