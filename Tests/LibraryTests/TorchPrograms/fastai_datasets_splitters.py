# fastai's Datasets side: RandomSplitter (seeded, and from the global seed), DataBlock.datasets,
# Datasets/TfmdDL built by hand with their own transforms, ImageDataLoaders.from_folder with
# Normalize.from_stats(*imagenet_stats) on its 3-channel images.
from fastai.vision.all import *

path = untar_data(URLs.MNIST_SAMPLE)


def sorted_images(p):
    return get_image_files(p).sorted()


files = sorted_images(path)
train_idx, valid_idx = RandomSplitter(valid_pct=0.2, seed=42)(files)
print(len(train_idx), len(valid_idx), [int(i) for i in train_idx[:5]], [int(i) for i in valid_idx[:5]])
set_seed(7)
t2, v2 = RandomSplitter(0.1)(files)
print(len(t2), len(v2), [int(i) for i in v2[:4]])

mnist = DataBlock((ImageBlock(cls=PILImageBW), CategoryBlock), get_items=sorted_images,
                  splitter=RandomSplitter(valid_pct=0.25, seed=1), get_y=parent_label)
dsets = mnist.datasets(path)
print(len(dsets.train), len(dsets.valid), dsets.vocab, dsets.c, dsets.n_inp)
x, y = dsets.valid[3]
print(type(x).__name__, x.size, y, dsets.decode((x, y))[1])

dls = ImageDataLoaders.from_folder(path, batch_tfms=Normalize.from_stats(*imagenet_stats))
print(imagenet_stats)
norm = dls.after_batch[-1]
print(type(norm).__name__, norm.mean.shape, norm.mean.flatten(), norm.std.flatten())
xb, yb = first(dls.valid)
print(xb.shape, type(xb).__name__, round(float(xb.mean()), 3), round(float(xb.std()), 3), round(float(xb[:, 0].mean()), 3))
print(dls.c, dls.vocab, len(dls.train), dls.train.drop_last)

tls_items = files[:10] + files[-10:]
dsets = Datasets(tls_items, tfms=[[PILImageBW.create], [parent_label, Categorize()]], splits=[list(range(0, 20, 2)), list(range(1, 20, 2))])
print(len(dsets), len(dsets.train), len(dsets.valid), dsets.vocab)
dl = TfmdDL(dsets.train, bs=4, after_item=[ToTensor()], after_batch=[IntToFloatTensor()])
xb, yb = dl.one_batch()
print(len(dl), xb.shape, xb.dtype, type(xb).__name__, yb.tolist())
dls = dsets.dataloaders(bs=3, after_item=[ToTensor()], after_batch=[IntToFloatTensor()])
print(len(dls.train), len(dls.valid), [b[1].tolist() for b in dls.valid])
