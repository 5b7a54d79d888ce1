# fastai's DataBlock pipeline over MNIST_SAMPLE, as chapter 13 builds it: item counts per split,
# vocab, batch shapes and dtypes, the first items' labels and pixel sums, seeded shuffling,
# Normalize's statistics, ImageDataLoaders.from_folder and show_batch. The item list is sorted
# (get_image_files lists in directory order, which differs between file systems).
from fastai.vision.all import *
import matplotlib.pyplot as plt

path = untar_data(URLs.MNIST_SAMPLE)
Path.BASE_PATH = path
files = get_image_files(path)
print(len(files), [str(f) for f in files.sorted()[:2]] == [str(path/'train'/'3'/'10.png'), str(path/'train'/'3'/'10000.png')])
print(len(get_image_files(path, folders=['valid'])), len(get_files(path/'train', extensions='.png')))
print(len(get_files(path)), [f.name for f in get_files(path, recurse=False)])
print(parent_label(files.sorted()[0]))
train_idx, valid_idx = GrandparentSplitter()(files.sorted())
print(len(train_idx), len(valid_idx), list(train_idx[:3]), list(valid_idx[:3]))


def sorted_images(p):
    return get_image_files(p).sorted()


def pixel_sums(xb, n=6):
    return [int((xb[i] * 255).round().sum()) for i in range(n)]


set_seed(42)
mnist = DataBlock((ImageBlock(cls=PILImageBW), CategoryBlock), get_items=sorted_images,
                  splitter=GrandparentSplitter(), get_y=parent_label)
dls = mnist.dataloaders(path)
print(len(dls.train_ds), len(dls.valid_ds), len(dls.train), len(dls.valid))
print(dls.vocab, dls.c, dls.train.bs, dls.valid.bs, dls.train.shuffle, dls.valid.shuffle, dls.train.drop_last)
print(dls.train_ds[0])
x, y = dls.valid_ds[1500]
print(x, y, x.size, x.mode, dls.vocab[int(y)])
xb, yb = first(dls.valid)
print(xb.shape, xb.dtype, type(xb).__name__, yb.shape, yb.dtype, type(yb).__name__)
print(yb[:12].tolist(), yb[60:])
print(pixel_sums(xb), float(xb.max()), float(xb.min()))
xb, yb = to_cpu(xb), to_cpu(yb)
print(xb.shape, default_device())
batches = list(dls.valid)
print(len(batches), batches[-1][0].shape, sum(int(b[1].sum()) for b in batches))
print(xb[0, 0, 12:15, 8:12])
xb, yb = dls.train.one_batch()
print(yb[:16].tolist(), pixel_sums(xb, 4))
xb, yb = first(dls.train)
print(yb[:16].tolist(), pixel_sums(xb, 4))

set_seed(42)
dls = DataBlock(blocks=(ImageBlock(cls=PILImageBW), CategoryBlock), get_items=sorted_images,
                splitter=GrandparentSplitter(), get_y=parent_label, batch_tfms=Normalize()).dataloaders(path, bs=128)
norm = dls.after_batch[-1]
print(type(norm).__name__, norm.mean, norm.std)
xb, yb = first(dls.valid)
print(xb.shape, round(float(xb.mean()) + 1, 3), round(float(xb.std()), 3))
dec = dls.decode((xb, yb))
print(type(dec[0]).__name__, dec[0].dtype, dec[0].shape, type(dec[1]).__name__)
stats = Normalize.from_stats(0.5, 0.25)
print(stats.mean.shape, float(stats.mean.sum()), float(stats.std.sum()))

dls = ImageDataLoaders.from_folder(path)
xb, yb = first(dls.valid)
print(dls.vocab, len(dls.train_ds), len(dls.valid_ds), xb.shape, xb.dtype, type(xb).__name__)

set_seed(42)
dls = mnist.dataloaders(path, bs=16)
dls.show_batch(max_n=9, figsize=(4, 4))
fig = plt.gcf()
print(len(fig.axes), [ax.get_title() for ax in fig.axes])
plt.close('all')
