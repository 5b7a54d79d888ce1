"""fastai's show_batch and get_grid: a batch's decoded samples drawn on a grid of matplotlib
axes (images with their category as title)."""

import math
from fastai.torch_core import subplots


def get_grid(n, nrows=None, ncols=None, figsize=None, double=False, title=None, return_fig=False, flatten=True, **kwargs):
    "A grid of `n` axes, `nrows` by `ncols` (about square by default)."
    if nrows:
        ncols = ncols or int(math.ceil(n / nrows))
    elif ncols:
        nrows = nrows or int(math.ceil(n / ncols))
    else:
        nrows = int(math.sqrt(n))
        ncols = int(math.ceil(n / nrows))
    if double:
        ncols *= 2
        n *= 2
    fig, axs = subplots(nrows, ncols, figsize=figsize, **kwargs)
    flat = list(axs.flatten()) if hasattr(axs, 'flatten') else list(axs.flat)
    result = []
    for i, ax in enumerate(flat):
        if i < n:
            result.append(ax)
        else:
            ax.set_axis_off()
    if title is not None:
        fig.suptitle(title, weight='bold', size=14)
    return (fig, result) if return_fig else result


def show_batch(x, y, samples, ctxs=None, max_n=9, nrows=None, ncols=None, figsize=None, **kwargs):
    "Show the samples: image inputs on a grid of axes, other parts by their own `show`."
    from fastai.vision.core import TensorImage
    if isinstance(x, TensorImage) and ctxs is None:
        ctxs = get_grid(min(len(samples), max_n), nrows=nrows, ncols=ncols, figsize=figsize)
    if ctxs is None:
        ctxs = [None] * len(samples)
    if hasattr(samples[0], 'show'):
        return [s.show(ctx=c, **kwargs) for s, c, _ in zip(samples, ctxs, range(max_n))]
    for i in range(len(samples[0])):
        ctxs = [b[i].show(ctx=c, **kwargs) for b, c, _ in zip(samples, ctxs, range(max_n))]
    return ctxs
