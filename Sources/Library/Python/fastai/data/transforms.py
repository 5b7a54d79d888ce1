"""fastai.data.transforms: finding items (get_files, get_image_files), splitting them
(GrandparentSplitter, RandomSplitter, IndexSplitter, FuncSplitter), labelling (parent_label),
categories (CategoryMap, Categorize) and the batch transforms IntToFloatTensor and Normalize."""

from pathlib import Path
import torch
import _tessera_vision
from fastcore.foundation import L
from fastai.data.transform import Transform, DisplayedTransform
from fastai.data.tensor_types import TensorBase, TensorCategory, TensorImage, retain_type
from fastai.data.devices import to_cpu
from fastai.losses import CrossEntropyLossFlat

# The image types of CPython's built-in mimetypes table (fastai asks the system's table, which
# varies between machines).
image_extensions = {'.avif', '.bmp', '.gif', '.heic', '.heif', '.ico', '.ief', '.jpe', '.jpeg', '.jpg', '.pbm', '.pgm',
                    '.png', '.pnm', '.ppm', '.ras', '.rgb', '.svg', '.tif', '.tiff', '.webp', '.xbm', '.xpm', '.xwd'}


def _listify(o):
    if o is None:
        return []
    if isinstance(o, (list, tuple, L)):
        return list(o)
    if isinstance(o, (str, Path)):
        return [o]
    if isinstance(o, (set, frozenset)) or hasattr(o, '__iter__'):
        return list(o)
    return [o]


def _path(o):
    return o if isinstance(o, Path) else Path(o)


def _ancestor_name(o, levels):
    # Path(o).parent.name (levels=1), .parent.parent.name (2), read off the normalized text
    # (this runs once per item per epoch, so it makes no intermediate Path objects).
    parts = str(_path(o)).rsplit('/', levels + 1)
    return parts[-(levels + 1)] if len(parts) > levels else ''


def get_files(path, extensions=None, recurse=True, folders=None, followlinks=True):
    "Files in `path` (recursively, in `os.walk` order), only in `folders` if given, with `extensions`."
    path = _path(path)
    folders = [str(f) for f in _listify(folders)]
    extensions = None if extensions is None else sorted({e.lower() for e in _listify(extensions)})
    found = _tessera_vision.walk_files(str(path), extensions, recurse, folders or None, followlinks)
    return L([Path(f) for f in found])


def get_image_files(path, recurse=True, folders=None):
    "Image files in `path` (recursively), only in `folders` if given."
    return get_files(path, extensions=image_extensions, recurse=recurse, folders=folders)


def FileGetter(suf='', extensions=None, recurse=True, folders=None):
    "A `get_files` with the arguments given and the path's suffix `suf`."
    def _inner(o, extensions=extensions, recurse=recurse, folders=folders):
        return get_files(_path(o) / suf, extensions, recurse, folders)
    return _inner


def ImageGetter(suf='', recurse=True, folders=None):
    "A `get_image_files` with the arguments given and the path's suffix `suf`."
    def _inner(o, recurse=recurse, folders=folders):
        return get_image_files(_path(o) / suf, recurse, folders)
    return _inner


def mask2idxs(mask):
    "The indices where `mask` is true."
    return L([i for i, m in enumerate(mask) if m])


def RandomSplitter(valid_pct=0.2, seed=None):
    "Split `items` between train and valid at random, `valid_pct` of them in valid (torch.randperm)."
    def _inner(o):
        if seed is not None:
            torch.manual_seed(seed)
        rand_idx = L(torch.randperm(len(o)).tolist())
        cut = int(valid_pct * len(o))
        return rand_idx[cut:], rand_idx[:cut]
    return _inner


def IndexSplitter(valid_idx):
    "Split `items` so that `valid_idx` are in the validation set and the others in the training set."
    def _inner(o):
        valid = set(int(i) for i in valid_idx)
        train_idx = [i for i in range(len(o)) if i not in valid]
        return L(train_idx), L(sorted(valid))
    return _inner


def _grandparent_idxs(items, name):
    return [i for n in _listify(name) for i, o in enumerate(items) if _ancestor_name(o, 2) == n]


def GrandparentSplitter(train_name='train', valid_name='valid'):
    "Split `items` by the name of their grandparent folder (`train_name` and `valid_name`)."
    def _inner(o):
        return L(_grandparent_idxs(o, train_name)), L(_grandparent_idxs(o, valid_name))
    return _inner


def FuncSplitter(func):
    "Split `items` by `func` (True for the validation set)."
    def _inner(o):
        return IndexSplitter(mask2idxs(func(o_) for o_ in o))(o)
    return _inner


def MaskSplitter(mask):
    "Split `items` by `mask` (True for the validation set)."
    def _inner(o):
        return IndexSplitter(mask2idxs(mask))(o)
    return _inner


def parent_label(o):
    "Label `item` with the parent folder name."
    return _ancestor_name(o, 1)


class CategoryMap:
    "The categories of a collection (sorted unless told not to), with the reverse mapping `o2i`."
    def __init__(self, col, sort=True, add_na=False, strict=False):
        seen = {}
        for o in col:
            if o == o and o not in seen:
                seen[o] = True
        items = list(seen)
        if sort:
            items = sorted(items)
        self.items = L(['#na#'] + items if add_na else items)
        self.o2i = {v: i for i, v in enumerate(self.items)}

    def map_objs(self, objs):
        return L([self.o2i[o] for o in objs])

    def map_ids(self, ids):
        return L([self.items[o] for o in ids])

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, o):
        return o in self.o2i

    def __eq__(self, other):
        return list(self.items) == list(other)

    def __repr__(self):
        return repr(list(self.items))


class Category(str):
    "A decoded category: shows itself as the title of a plot."
    _show_args = {'label': 'category'}

    def show(self, ctx=None, **kwargs):
        if ctx is not None:
            ctx.set_title(str(self))
        else:
            print(str(self))
        return ctx


class Categorize(DisplayedTransform):
    "Reversible transform of a category to its index in `vocab`."
    # The loss a Learner on these targets uses when given none (fastai's, one shared instance).
    loss_func, order = CrossEntropyLossFlat(), 1

    def __init__(self, vocab=None, sort=True, add_na=False):
        super().__init__()
        self.sort, self.add_na = sort, add_na
        self.vocab = None if vocab is None else CategoryMap(vocab, sort=sort, add_na=add_na)

    def setups(self, dsets):
        if self.vocab is None and dsets is not None:
            self.vocab = CategoryMap(dsets, sort=self.sort, add_na=self.add_na)
        self.c = len(self.vocab)

    def encodes(self, o):
        if isinstance(o, TensorBase):
            return o
        try:
            return TensorCategory(self.vocab.o2i[o])
        except KeyError as e:
            raise KeyError(f"Label '{o}' was not included in the training dataset") from e

    def decodes(self, o):
        if isinstance(o, TensorCategory):
            return Category(self.vocab[int(o)])
        return o


class ToTensor(Transform):
    "Convert an item to its tensor type (images: fastai.vision.core registers how)."
    order = 5

    def encodes(self, o):
        # Items that know their tensor type (fastai.vision.core's PILBase) convert themselves.
        if hasattr(type(o), '_to_tensor'):
            return o._to_tensor()
        return o


def _is_image(x):
    return isinstance(x, TensorImage)


class IntToFloatTensor(DisplayedTransform):
    "Image batches to float, divided by `div` (255)."
    order = 10

    def __init__(self, div=255., div_mask=1):
        super().__init__()
        self.div, self.div_mask = div, div_mask

    def encodes(self, o):
        if _is_image(o):
            return o.float().div_(self.div)
        return o

    def decodes(self, o):
        if _is_image(o):
            return (o.clamp(0., 1.) * self.div).long() if self.div else o
        return o


def broadcast_vec(dim, ndim, *t, cuda=True):
    "Make vectors broadcastable over `dim` of `ndim` dimensions."
    v = [1] * ndim
    v[dim] = -1
    return [torch.tensor(o).view(*v) for o in t]


class Normalize(DisplayedTransform):
    "Normalize image batches by `mean` and `std`, measured on one training batch when not given."
    order = 99
    parameters = L(['mean', 'std'])

    def __init__(self, mean=None, std=None, axes=(0, 2, 3)):
        super().__init__()
        self.mean, self.std, self.axes = mean, std, axes

    @classmethod
    def from_stats(cls, mean, std, dim=1, ndim=4, cuda=True):
        return cls(*broadcast_vec(dim, ndim, mean, std, cuda=cuda))

    def setups(self, dl):
        if self.mean is None or self.std is None:
            x = dl.one_batch()[0]
            # Under PyTorch the statistics keep the batch's tensor type; so they do here.
            self.mean = retain_type(x.mean(self.axes, keepdim=True), x)
            self.std = retain_type(x.std(self.axes, keepdim=True) + 1e-7, x)

    def encodes(self, x):
        if _is_image(x):
            return (x - self.mean) / self.std
        return x

    def decodes(self, x):
        if _is_image(x):
            return x * to_cpu(self.std) + to_cpu(self.mean)
        return x
