# The rest of the fastai data surface the book uses: aug_transforms and Resize (training-only
# randomness; the validation set is untouched), to_device, defaults.cpus, and the pools of
# concurrent.futures / fastcore.parallel that chapter 19's DataLoader maps its batches with
# (Tessera runs their work in-process; the results and their order are the same).
from fastai.vision.all import *
import concurrent.futures

path = untar_data(URLs.MNIST_SAMPLE)


def sorted_images(p):
    return get_image_files(p).sorted()


def block(**kwargs):
    return DataBlock((ImageBlock(cls=PILImageBW), CategoryBlock), get_items=sorted_images,
                     splitter=GrandparentSplitter(), get_y=parent_label, **kwargs)


plain = block().dataloaders(path, bs=32)
augmented = block(batch_tfms=aug_transforms()).dataloaders(path, bs=32)
xb, yb = first(augmented.train)
print(xb.shape, xb.dtype, type(xb).__name__, yb.shape, float(xb.min()) >= 0, float(xb.max()) <= 1.0001)
vx, vy = first(augmented.valid)
px, py = first(plain.valid)
print(float((vx - px).abs().max()) < 1e-4, torch.equal(vy, py))
flipped = block(batch_tfms=Flip(p=1.0)).dataloaders(path, bs=8, shuffle=False)
fx, fy = first(flipped.train)
ox, oy = first(block().dataloaders(path, bs=8, shuffle=False).train)
print(float((fx - ox.index_select(3, torch.arange(27, -1, -1))).abs().max()) < 1e-4, torch.equal(fy, oy))

resized = block(item_tfms=Resize(14, method='squish')).dataloaders(path, bs=16)
rx, ry = first(resized.valid)
print(rx.shape, rx.dtype)
resized = block(item_tfms=Resize(20)).dataloaders(path, bs=16)
rx, ry = first(resized.valid)
print(rx.shape, len(resized.train))

print(to_device((px, [py]))[1][0].shape, type(to_cpu(px)).__name__)
print(isinstance(defaults.cpus, int) and defaults.cpus >= 1)


def collate(idxs, ds):
    xs, ys = zip(*[ds[i] for i in idxs])
    return torch.stack(xs), torch.stack(ys)


ds = [(torch.full((2,), float(i)), torch.tensor(i % 3)) for i in range(10)]
chunks = [list(range(n, min(n + 4, 10))) for n in range(0, 10, 4)]
with ProcessPoolExecutor(2) as ex:
    batches = list(ex.map(collate, chunks, ds=ds))
print([b[0].shape for b in batches], [b[1].tolist() for b in batches])
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(pow, [2, 3, 4], 2)))


def square(x):
    return x * x


with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futures], list(ex.map(square, range(4))))
with concurrent.futures.ThreadPoolExecutor() as ex:
    f = ex.submit(int, 'x')
    try:
        f.result()
    except ValueError as e:
        print('ValueError:', e)
print(list(parallel(square, range(6), n_workers=2)))
