"""fastai.torch_core's plotting helpers, as fastai writes them: subplots, show_image,
show_titled_image, show_images (matplotlib figures)."""

import math
import numpy as np
import matplotlib.pyplot as plt

def _fig_bounds(x):
    r = x // 32
    return min(5, max(1, r))

def subplots(nrows=1, ncols=1, figsize=None, imsize=3, suptitle=None, **kwargs):
    "A figure and grid of axes for images of `imsize` inches."
    if figsize is None:
        h = nrows * imsize if suptitle is None or imsize > 2 else nrows * imsize + 0.6
        figsize = (ncols * imsize, h)
    fig, ax = plt.subplots(nrows, ncols, figsize=figsize, **kwargs)
    if suptitle is not None:
        fig.suptitle(suptitle)
    if nrows * ncols == 1:
        from matplotlib.figure import AxesArray
        ax = AxesArray([ax], (1,))
    return fig, ax

def show_image(im, ax=None, figsize=None, title=None, ctx=None, **kwargs):
    "Show a PIL image, array or tensor on `ax`."
    if hasattr(im, "data") and hasattr(im, "cpu") and hasattr(im, "permute"):
        im = im.data.cpu()
        if im.shape[0] < 5:
            im = im.permute(1, 2, 0)
    elif not isinstance(im, np.ndarray):
        im = np.array(im)
    if im.shape[-1] == 1:
        im = im[..., 0]
    if ax is None:
        ax = ctx
    if figsize is None:
        figsize = (_fig_bounds(im.shape[0]), _fig_bounds(im.shape[1]))
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    ax.imshow(im, **kwargs)
    if title is not None:
        ax.set_title(title)
    ax.axis("off")
    return ax

def show_titled_image(o, **kwargs):
    "Show `o[0]` with the title `str(o[1])`."
    show_image(o[0], title=str(o[1]), **kwargs)

def show_images(ims, nrows=1, ncols=None, titles=None, **kwargs):
    "Show all images `ims` as subplots with `nrows` using `titles`."
    if ncols is None:
        ncols = int(math.ceil(len(ims) / nrows))
    if titles is None:
        titles = [None] * len(ims)
    axs = subplots(nrows, ncols, **kwargs)[1].flat
    for im, t, ax in zip(ims, titles, axs):
        show_image(im, ax=ax, title=t)
