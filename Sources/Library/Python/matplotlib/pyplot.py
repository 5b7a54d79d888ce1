"""matplotlib.pyplot: the state machine over Figure and Axes. Figures left open are shown
when the cell (or script) ends, as the inline backend does, or by plt.show()."""

import _tessera_plot
import matplotlib
from matplotlib import rcParams, rc, rcdefaults, rc_context
from matplotlib.figure import Figure, AxesArray
from matplotlib.axes import Axes
from matplotlib import cm
from matplotlib.cm import get_cmap, colormaps
from matplotlib.colors import Normalize

_figures = []
_current = [None]

def _show_all():
    pending = list(_figures)
    _figures.clear()
    _current[0] = None
    for fig in pending:
        if fig._axes or fig._suptitle or fig._texts:
            fig.show()

_tessera_plot.register_flusher(_show_all)

def _keep(figures):
    _figures.clear()
    _figures.extend(figures)

def figure(num=None, figsize=None, dpi=None, facecolor=None, edgecolor=None, frameon=True, clear=False, **kwargs):
    if isinstance(num, Figure):
        _current[0] = num
        return num
    if num is not None:
        for fig in _figures:
            if fig.number == num:
                _current[0] = fig
                if clear:
                    fig.clear()
                return fig
    fig = Figure(figsize=figsize, dpi=dpi, facecolor=facecolor, **kwargs)
    fig.number = num if isinstance(num, int) else (max([f.number for f in _figures] + [0]) + 1)
    _figures.append(fig)
    _current[0] = fig
    return fig

def gcf():
    if _current[0] is None:
        return figure()
    return _current[0]

def gca():
    return gcf().gca()

def sca(ax):
    _current[0] = ax.figure
    ax.figure.sca(ax)

def get_fignums():
    return [f.number for f in _figures]

def subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, width_ratios=None, height_ratios=None,
             subplot_kw=None, gridspec_kw=None, **fig_kw):
    fig = figure(**fig_kw)
    axs = fig.subplots(nrows, ncols, sharex=sharex, sharey=sharey, squeeze=squeeze, subplot_kw=subplot_kw,
                       gridspec_kw=gridspec_kw)
    return fig, axs

def subplot(*args, **kwargs):
    return gcf().add_subplot(*args, **kwargs)

def axes(arg=None, **kwargs):
    if arg is None:
        return gcf().add_subplot(1, 1, 1, **kwargs)
    return gcf().add_axes(arg, **kwargs)

def subplots_adjust(left=None, bottom=None, right=None, top=None, wspace=None, hspace=None):
    gcf().subplots_adjust(left, bottom, right, top, wspace, hspace)

def tight_layout(*args, **kwargs):
    gcf().tight_layout()

def suptitle(t, **kwargs):
    return gcf().suptitle(t, **kwargs)

def figtext(x, y, s, **kwargs):
    return gcf().text(x, y, s, **kwargs)

def show(*args, **kwargs):
    _show_all()

def close(fig=None):
    if fig is None:
        if _current[0] is not None:
            _keep([f for f in _figures if f is not _current[0]])
        _current[0] = _figures[-1] if _figures else None
        return
    if fig == "all":
        _figures.clear()
        _current[0] = None
        return
    if isinstance(fig, int):
        _keep([f for f in _figures if f.number != fig])
    else:
        _keep([f for f in _figures if f is not fig])
    if _current[0] is fig or _current[0] not in _figures:
        _current[0] = _figures[-1] if _figures else None

def clf():
    gcf().clear()

def cla():
    gca().cla()

def savefig(fname, **kwargs):
    return gcf().savefig(fname, **kwargs)

def draw():
    pass

def pause(interval):
    pass

def ion():
    pass

def ioff():
    pass

def colorbar(mappable=None, cax=None, ax=None, **kwargs):
    if mappable is None:
        mappable = _current_image()
    return gcf().colorbar(mappable, cax=cax, ax=ax, **kwargs)

def _current_image():
    ax = gca()
    for child in reversed(ax._children):
        if hasattr(child, "cmap"):
            return child
    raise RuntimeError("No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).")

def clim(vmin=None, vmax=None):
    _current_image().set_clim(vmin, vmax)

# The Axes methods pyplot forwards to the current Axes.

def plot(*args, **kwargs):
    return gca().plot(*args, **kwargs)

def scatter(*args, **kwargs):
    return gca().scatter(*args, **kwargs)

def bar(*args, **kwargs):
    return gca().bar(*args, **kwargs)

def barh(*args, **kwargs):
    return gca().barh(*args, **kwargs)

def hist(*args, **kwargs):
    return gca().hist(*args, **kwargs)

def pie(*args, **kwargs):
    return gca().pie(*args, **kwargs)

def step(*args, **kwargs):
    return gca().step(*args, **kwargs)

def stackplot(*args, **kwargs):
    return gca().stackplot(*args, **kwargs)

def fill_between(*args, **kwargs):
    return gca().fill_between(*args, **kwargs)

def fill_betweenx(*args, **kwargs):
    return gca().fill_betweenx(*args, **kwargs)

def fill(*args, **kwargs):
    return gca().fill(*args, **kwargs)

def errorbar(*args, **kwargs):
    return gca().errorbar(*args, **kwargs)

def axhline(*args, **kwargs):
    return gca().axhline(*args, **kwargs)

def axvline(*args, **kwargs):
    return gca().axvline(*args, **kwargs)

def axhspan(*args, **kwargs):
    return gca().axhspan(*args, **kwargs)

def axvspan(*args, **kwargs):
    return gca().axvspan(*args, **kwargs)

def hlines(*args, **kwargs):
    return gca().hlines(*args, **kwargs)

def vlines(*args, **kwargs):
    return gca().vlines(*args, **kwargs)

def text(*args, **kwargs):
    return gca().text(*args, **kwargs)

def annotate(*args, **kwargs):
    return gca().annotate(*args, **kwargs)

def semilogy(*args, **kwargs):
    return gca().semilogy(*args, **kwargs)

def semilogx(*args, **kwargs):
    return gca().semilogx(*args, **kwargs)

def loglog(*args, **kwargs):
    return gca().loglog(*args, **kwargs)

def contour(*args, **kwargs):
    return gca().contour(*args, **kwargs)

def contourf(*args, **kwargs):
    return gca().contourf(*args, **kwargs)

def clabel(*args, **kwargs):
    return gca().clabel(*args, **kwargs)

def legend(*args, **kwargs):
    return gca().legend(*args, **kwargs)

def grid(*args, **kwargs):
    return gca().grid(*args, **kwargs)

def margins(*args, **kwargs):
    return gca().margins(*args, **kwargs)

def ticklabel_format(*args, **kwargs):
    return gca().ticklabel_format(*args, **kwargs)

def tick_params(*args, **kwargs):
    return gca().tick_params(*args, **kwargs)

def pcolormesh(*args, **kwargs):
    return gca().pcolormesh(*args, **kwargs)

def pcolor(*args, **kwargs):
    return gca().pcolor(*args, **kwargs)

def matshow(*args, **kwargs):
    return gca().matshow(*args, **kwargs)

def twinx(*args, **kwargs):
    return gca().twinx(*args, **kwargs)

def twiny(*args, **kwargs):
    return gca().twiny(*args, **kwargs)

def imshow(X, cmap=None, norm=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, origin=None,
           extent=None, **kwargs):
    image = gca().imshow(X, cmap=cmap, norm=norm, aspect=aspect, interpolation=interpolation, alpha=alpha, vmin=vmin,
                         vmax=vmax, origin=origin, extent=extent, **kwargs)
    return image

def title(label, fontdict=None, loc=None, pad=None, **kwargs):
    return gca().set_title(label, fontdict=fontdict, loc=loc, pad=pad, **kwargs)

def xlabel(xlabel, fontdict=None, labelpad=None, **kwargs):
    return gca().set_xlabel(xlabel, fontdict=fontdict, labelpad=labelpad, **kwargs)

def ylabel(ylabel, fontdict=None, labelpad=None, **kwargs):
    return gca().set_ylabel(ylabel, fontdict=fontdict, labelpad=labelpad, **kwargs)

def xlim(*args, **kwargs):
    ax = gca()
    if not args and not kwargs:
        return ax.get_xlim()
    return ax.set_xlim(*args, **kwargs)

def ylim(*args, **kwargs):
    ax = gca()
    if not args and not kwargs:
        return ax.get_ylim()
    return ax.set_ylim(*args, **kwargs)

def xscale(value, **kwargs):
    gca().set_xscale(value, **kwargs)

def yscale(value, **kwargs):
    gca().set_yscale(value, **kwargs)

def xticks(ticks=None, labels=None, *, minor=False, **kwargs):
    ax = gca()
    if ticks is None:
        if labels is not None:
            raise TypeError("xticks(): Parameter 'labels' can't be set without setting 'ticks'")
        if kwargs:
            ax.xaxis._apply_label_kwargs(kwargs)
        return ax.get_xticks(), ax.get_xticklabels()
    ax.set_xticks(ticks, labels, **kwargs)
    return ax.get_xticks(), ax.get_xticklabels()

def yticks(ticks=None, labels=None, *, minor=False, **kwargs):
    ax = gca()
    if ticks is None:
        if labels is not None:
            raise TypeError("yticks(): Parameter 'labels' can't be set without setting 'ticks'")
        if kwargs:
            ax.yaxis._apply_label_kwargs(kwargs)
        return ax.get_yticks(), ax.get_yticklabels()
    ax.set_yticks(ticks, labels, **kwargs)
    return ax.get_yticks(), ax.get_yticklabels()

def axis(arg=None, **kwargs):
    return gca().axis(arg, **kwargs)

def gci():
    try:
        return _current_image()
    except RuntimeError:
        return None

def style_use(name):
    pass

class _Style:
    available = ["default"]

    def use(self, name):
        if name in ("default", "classic"):
            rcdefaults()

    def context(self, name):
        return rc_context()

style = _Style()
