"""fastai.vision.core: PILImage and PILImageBW (an image item that knows how to open itself and
show itself), the image tensor types TensorImage and TensorImageBW, and image2tensor.

A PILBase holds a Tessera PIL image (the native image type cannot be subclassed) and hands on
its attributes. Files are decoded through one ImageCache per session: an unchanged file is
decoded once, however many epochs read it."""

import torch
import numpy as np
import _tessera_vision
from PIL import Image
from fastai.data.tensor_types import TensorBase, TensorImageBase, TensorImage, TensorImageBW, TensorMask
from fastai.torch_core import show_image


def _pil_repr(x):
    # fastai patches PIL's Image.__repr__ to leave the object's address out; Tessera's native
    # image type is immutable, so PIL.Image reads the patch from `_image_repr`.
    return "<%s.%s image mode=%s size=%dx%d>" % (x.__class__.__module__, x.__class__.__name__, x.mode, x.size[0], x.size[1])


Image._image_repr = _pil_repr

# Per-channel mean and standard deviation of the datasets pretrained models were trained on, for
# Normalize.from_stats.
imagenet_stats = ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
cifar_stats = ([0.491, 0.482, 0.447], [0.247, 0.243, 0.261])
mnist_stats = ([0.131], [0.308])

_image_cache = _tessera_vision.ImageCache()


def load_image(fn, mode=None):
    "Open and load a PIL image, converted to `mode` when given."
    return _image_cache.open(fn, mode)


def image2tensor(img):
    "An image as a channel-first uint8 tensor (C x H x W)."
    if isinstance(img, PILBase):
        img = img._im
    if isinstance(img, torch.Tensor):
        res = img if img.dim() == 3 else img.unsqueeze(-1)
        return res.permute(2, 0, 1)
    return _tessera_vision.image_tensor(img)


class PILBase:
    "An image item: `create` opens it, `show` draws it, `_tensor_cls` is its batch type."
    _open_args = {'mode': 'RGB'}
    _tensor_cls = TensorImage
    _show_args = {'cmap': 'viridis'}

    def __init__(self, im):
        self._im = im

    @classmethod
    def create(cls, fn, **kwargs):
        "Open `fn` (a path, tensor, array or PIL image) as this image type."
        if isinstance(fn, PILBase):
            return cls(fn._im)
        if isinstance(fn, TensorImage):
            fn = fn.permute(1, 2, 0).type(torch.uint8)
        if isinstance(fn, torch.Tensor):
            return cls(Image.fromarray(fn))
        if isinstance(fn, Image.Image):
            return cls(fn)
        return cls(load_image(fn, mode=cls._open_args['mode']))

    def _to_tensor(self):
        return self._tensor_cls(image2tensor(self._im))

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return getattr(self.__dict__['_im'], name)

    @property
    def size(self):
        return self._im.size

    @property
    def mode(self):
        return self._im.mode

    @property
    def shape(self):
        return self._im.shape

    @property
    def n_px(self):
        return self.size[0] * self.size[1]

    @property
    def aspect(self):
        return self.size[0] / self.size[1]

    def resize(self, size, resample=None):
        return type(self)(self._im.resize(size))

    def convert(self, mode):
        return type(self)(self._im.convert(mode))

    def __array__(self, dtype=None):
        return np.array(self._im)

    def _repr_png_(self):
        return self._im._repr_png_()

    def __repr__(self):
        return f"{type(self).__name__} mode={self.mode} size={'x'.join([str(d) for d in self.size])}"

    def show(self, ctx=None, **kwargs):
        "Show the image on `ctx` (a matplotlib axis)."
        args = dict(self._show_args)
        args.update(kwargs)
        return show_image(np.array(self._im), ctx=ctx, **args)


class PILImage(PILBase):
    pass


class PILImageBW(PILImage):
    _show_args = {'cmap': 'Greys'}
    _open_args = {'mode': 'L'}
    _tensor_cls = TensorImageBW


class PILMask(PILBase):
    _open_args = {'mode': 'L'}
    _tensor_cls = TensorMask
    _show_args = {'alpha': 0.5, 'cmap': 'tab20'}
