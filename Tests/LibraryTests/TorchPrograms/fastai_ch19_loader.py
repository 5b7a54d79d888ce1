# Chapter 19's data loading on MNIST_SAMPLE (the book uses Imagenette): glob, L.map, val2idx,
# a Dataset over PIL, collate, a DataLoader mapping batches through ProcessPoolExecutor,
# statistics and Normalize with to_device.
from fastai.vision.all import *
from glob import glob

path = untar_data(URLs.MNIST_SAMPLE)
files = L(glob(f'{path}/**/*.png', recursive=True)).map(Path).sorted()
print(len(files), files[0].relative_to(path))
im = Image.open(files[0])
im_t = tensor(im)
print(im_t.shape, im_t.dtype)
lbls = files.map(lambda o: o.parent.name).unique()
print(list(lbls))
v2i = lbls.val2idx()
print(v2i)


class Dataset:
    def __init__(self, fns): self.fns = fns
    def __len__(self): return len(self.fns)
    def __getitem__(self, i):
        im = Image.open(self.fns[i]).convert('RGB')
        y = v2i[self.fns[i].parent.name]
        return tensor(im).float() / 255, tensor(y)


train_filt = L(o.parent.parent.name == 'train' for o in files)
train, valid = files[train_filt], files[~train_filt]
print(len(train), len(valid))
train_ds, valid_ds = Dataset(train), Dataset(valid)
x, y = train_ds[0]
print(x.shape, y, round(float(x.sum()), 2))


def collate(idxs, ds):
    xb, yb = zip(*[ds[i] for i in idxs])
    return torch.stack(xb), torch.stack(yb)


x, y = collate([1, 2], train_ds)
print(x.shape, y)


class DataLoader:
    def __init__(self, ds, bs=128, shuffle=False, n_workers=1):
        self.ds, self.bs, self.shuffle, self.n_workers = ds, bs, shuffle, n_workers

    def __len__(self): return (len(self.ds) - 1) // self.bs + 1

    def __iter__(self):
        idxs = L.range(self.ds)
        if self.shuffle: idxs = idxs.shuffle()
        chunks = [idxs[n:n + self.bs] for n in range(0, len(self.ds), self.bs)]
        with ProcessPoolExecutor(self.n_workers) as ex:
            yield from ex.map(collate, chunks, ds=self.ds)


n_workers = min(16, defaults.cpus)
set_seed(42)
train_dl = DataLoader(train_ds, bs=128, shuffle=True, n_workers=n_workers)
valid_dl = DataLoader(valid_ds, bs=256, shuffle=False, n_workers=n_workers)
batches = list(valid_dl)
print(len(batches), [b[0].shape[0] for b in batches][-2:], sum(int(b[1].sum()) for b in batches))
xb, yb = first(train_dl)
print(xb.shape, yb.shape, len(train_dl), yb[:10].tolist())
xb, yb = batches[0]
stats = [xb.mean((0, 1, 2)), xb.std((0, 1, 2))]
print(stats)


class Normalize:
    def __init__(self, stats): self.stats = stats
    def __call__(self, x):
        if x.device != self.stats[0].device:
            self.stats = to_device(self.stats, x.device)
        return (x - self.stats[0]) / self.stats[1]


norm = Normalize(stats)
def tfm_x(x): return norm(x).permute((0, 3, 1, 2))
t = tfm_x(xb)
print(t.shape, (t.mean((0, 2, 3)).abs() < 1e-6).tolist(), [round(float(s), 4) for s in t.std((0, 2, 3))])
