"""matplotlib.figure: Figure with its subplot grid, colorbars, suptitle, layout and savefig,
and the array of Axes that subplots() returns (indexed like numpy's)."""

import _tessera_plot
import matplotlib
from matplotlib.axes import Axes
from matplotlib.artist import _rgba, text_spec

class AxesArray:
    """numpy's object array as plt.subplots returns it: axs[0, 1], axs[1], axs.flat, axs.ravel(),
    axs.flatten(), axs.shape, iteration over rows."""

    def __init__(self, items, shape):
        self._items = list(items)
        self.shape = tuple(shape)
        self.ndim = len(self.shape)
        self.size = len(self._items)

    def _row(self, r):
        n = self.shape[1]
        return AxesArray(self._items[r * n:(r + 1) * n], (n,))

    def __len__(self):
        return self.shape[0]

    def __iter__(self):
        if self.ndim == 1:
            return iter(self._items)
        return iter([self._row(r) for r in range(self.shape[0])])

    def _index(self, i, n):
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("index %d is out of bounds for axis 0 with size %d" % (i, n))
        return i

    def __getitem__(self, key):
        if isinstance(key, tuple):
            if self.ndim != 2 or len(key) != 2:
                raise IndexError("too many indices for array: array is %d-dimensional, but %d were indexed" % (self.ndim, len(key)))
            r, c = key
            rows = list(range(self.shape[0]))[r] if isinstance(r, slice) else [self._index(r, self.shape[0])]
            cols = list(range(self.shape[1]))[c] if isinstance(c, slice) else [self._index(c, self.shape[1])]
            picked = [self._items[i * self.shape[1] + j] for i in rows for j in cols]
            if not isinstance(r, slice) and not isinstance(c, slice):
                return picked[0]
            if isinstance(r, slice) and isinstance(c, slice):
                return AxesArray(picked, (len(rows), len(cols)))
            return AxesArray(picked, (len(picked),))
        if isinstance(key, slice):
            if self.ndim == 1:
                picked = self._items[key]
                return AxesArray(picked, (len(picked),))
            rows = list(range(self.shape[0]))[key]
            picked = [a for r in rows for a in self._row(r)._items]
            return AxesArray(picked, (len(rows), self.shape[1]))
        if self.ndim == 1:
            return self._items[self._index(key, self.shape[0])]
        return self._row(self._index(key, self.shape[0]))

    @property
    def flat(self):
        return iter(self._items)

    def ravel(self):
        return AxesArray(self._items, (len(self._items),))

    flatten = ravel

    def reshape(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        shape = list(shape)
        if -1 in shape:
            known = 1
            for s in shape:
                if s != -1:
                    known *= s
            shape[shape.index(-1)] = len(self._items) // known
        return AxesArray(self._items, tuple(shape))

    def tolist(self):
        if self.ndim == 1:
            return list(self._items)
        return [self._row(r)._items for r in range(self.shape[0])]

    @property
    def T(self):
        if self.ndim == 1:
            return self
        rows, cols = self.shape
        return AxesArray([self._items[r * cols + c] for c in range(cols) for r in range(rows)], (cols, rows))

    def __repr__(self):
        return "array(%r, dtype=object)" % (self.tolist(),)

class SubplotParams:
    def __init__(self):
        rc = matplotlib.rcParams
        self.left = rc["figure.subplot.left"]
        self.right = rc["figure.subplot.right"]
        self.bottom = rc["figure.subplot.bottom"]
        self.top = rc["figure.subplot.top"]
        self.wspace = rc["figure.subplot.wspace"]
        self.hspace = rc["figure.subplot.hspace"]

    def update(self, left=None, bottom=None, right=None, top=None, wspace=None, hspace=None):
        for name, value in (("left", left), ("bottom", bottom), ("right", right), ("top", top), ("wspace", wspace), ("hspace", hspace)):
            if value is not None:
                setattr(self, name, float(value))

class Colorbar:
    def __init__(self, mappable, ax, label, spec):
        self.mappable = mappable
        self.ax = ax
        self._spec = spec
        self.cmap = mappable.cmap

    def set_label(self, label, **kwargs):
        self._spec["label"] = str(label)

    def set_ticks(self, ticks, **kwargs):
        pass

class Figure:
    def __init__(self, figsize=None, dpi=None, facecolor=None, edgecolor=None, frameon=True, tight_layout=None,
                 constrained_layout=None, layout=None, **kwargs):
        size = figsize if figsize is not None else matplotlib.rcParams["figure.figsize"]
        w, h = float(size[0]), float(size[1])
        if not (w > 0 and h > 0):
            raise ValueError("figure size must be positive finite not %r" % ((w, h),))
        self._size = [w, h]
        self._dpi = dpi if dpi is not None else matplotlib.rcParams["figure.dpi"]
        self._facecolor = facecolor if facecolor is not None else matplotlib.rcParams["figure.facecolor"]
        self._axes = []
        self._current = None
        self._suptitle = None
        self.subplotpars = SubplotParams()
        self._tight = bool(tight_layout) or layout in ("tight", "constrained") or bool(constrained_layout)
        self._texts = []
        self.number = 0
        self.canvas = _Canvas(self)

    def __repr__(self):
        w, h = self._pixels()
        return "<Figure size %dx%d with %d Axes>" % (w, h, len(self._axes))

    def _pixels(self):
        return (int(round(self._size[0] * self._dpi)), int(round(self._size[1] * self._dpi)))

    @property
    def axes(self):
        return list(self._axes)

    @property
    def dpi(self):
        return self._dpi

    @dpi.setter
    def dpi(self, value):
        self._dpi = float(value)

    def get_axes(self):
        return list(self._axes)

    def get_size_inches(self):
        return tuple(self._size)

    def set_size_inches(self, w, h=None, forward=True):
        if h is None:
            w, h = w
        self._size = [float(w), float(h)]

    def set_figwidth(self, w):
        self._size[0] = float(w)

    def set_figheight(self, h):
        self._size[1] = float(h)

    def get_dpi(self):
        return self._dpi

    def set_dpi(self, dpi):
        self._dpi = float(dpi)

    def set_facecolor(self, c):
        self._facecolor = c

    def gca(self):
        if self._current is None:
            return self.add_subplot(1, 1, 1)
        return self._current

    def sca(self, ax):
        self._current = ax
        return ax

    def add_subplot(self, *args, **kwargs):
        if not args:
            args = (1, 1, 1)
        if len(args) == 1 and isinstance(args[0], int):
            n = args[0]
            args = (n // 100, (n // 10) % 10, n % 10)
        if len(args) == 1 and hasattr(args[0], "_placement"):
            placement = args[0]._placement
        else:
            rows, cols, index = args
            if isinstance(index, tuple):
                first, last = index
            else:
                first = last = index
            if not (1 <= first <= rows * cols) or not (1 <= last <= rows * cols):
                raise ValueError("num must be an integer with 1 <= num <= %d, not %r" % (rows * cols, index))
            r0, c0 = (first - 1) // cols, (first - 1) % cols
            r1, c1 = (last - 1) // cols, (last - 1) % cols
            placement = ("grid", rows, cols, r0, c0, r1 - r0 + 1, c1 - c0 + 1)
        for ax in self._axes:
            if ax._placement == placement and not ax._twin:
                self._current = ax
                return ax
        ax = Axes(self, placement)
        self._apply_axes_kwargs(ax, kwargs)
        self._axes.append(ax)
        self._current = ax
        return ax

    def _apply_axes_kwargs(self, ax, kwargs):
        projection = kwargs.pop("projection", None)
        sharex = kwargs.pop("sharex", None)
        sharey = kwargs.pop("sharey", None)
        if sharex is not None:
            ax._sharex = sharex._sharex
            sharex._sharex.append(ax)
        if sharey is not None:
            ax._sharey = sharey._sharey
            sharey._sharey.append(ax)
        if kwargs:
            ax.set(**kwargs)

    def add_axes(self, rect, **kwargs):
        ax = Axes(self, ("rect", float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3])))
        self._apply_axes_kwargs(ax, kwargs)
        self._axes.append(ax)
        self._current = ax
        return ax

    def subplots(self, nrows=1, ncols=1, sharex=False, sharey=False, squeeze=True, subplot_kw=None, gridspec_kw=None, **kwargs):
        if not isinstance(nrows, int) or nrows < 1:
            raise ValueError("Number of rows must be a positive integer, not %r" % (nrows,))
        if not isinstance(ncols, int) or ncols < 1:
            raise ValueError("Number of columns must be a positive integer, not %r" % (ncols,))
        if gridspec_kw:
            self.subplots_adjust(**{k: v for k, v in gridspec_kw.items() if k in ("left", "right", "top", "bottom", "wspace", "hspace")})
        axs = []
        for r in range(nrows):
            for c in range(ncols):
                ax = Axes(self, ("grid", nrows, ncols, r, c, 1, 1))
                if subplot_kw:
                    self._apply_axes_kwargs(ax, dict(subplot_kw))
                axs.append(ax)
                self._axes.append(ax)
        for r in range(nrows):
            for c in range(ncols):
                ax = axs[r * ncols + c]
                _share(ax, axs, sharex, r, c, nrows, ncols, 0)
                _share(ax, axs, sharey, r, c, nrows, ncols, 1)
        if axs:
            self._current = axs[-1]
        # Shared axes show tick labels only on the outer edge, as matplotlib's label_outer.
        for r in range(nrows):
            for c in range(ncols):
                ax = axs[r * ncols + c]
                if sharex in (True, "all", "col") and r < nrows - 1:
                    ax.xaxis._labels_on = False
                if sharey in (True, "all", "row") and c > 0:
                    ax.yaxis._labels_on = False
        if squeeze:
            if nrows == 1 and ncols == 1:
                return axs[0]
            if nrows == 1 or ncols == 1:
                return AxesArray(axs, (len(axs),))
        return AxesArray(axs, (nrows, ncols))

    def delaxes(self, ax):
        self._axes = [a for a in self._axes if a is not ax]
        if self._current is ax:
            self._current = self._axes[-1] if self._axes else None

    def suptitle(self, t, **kwargs):
        size = kwargs.pop("fontsize", kwargs.pop("size", matplotlib.rcParams["figure.titlesize"]))
        kwargs.setdefault("va", "top")
        self._suptitle = text_spec(t, size, **kwargs)
        from matplotlib.artist import Text
        return Text(0.5, 0.98, t)

    def get_suptitle(self):
        return self._suptitle["s"] if self._suptitle else ""

    def text(self, x, y, s, **kwargs):
        from matplotlib.artist import Text
        t = Text(x, y, s, fontsize=kwargs.get("fontsize"), color=kwargs.get("color", "black"), ha=kwargs.get("ha", "left"),
                 va=kwargs.get("va", "baseline"), rotation=kwargs.get("rotation", 0), coords="figure")
        self._texts.append(t)
        return t

    def supxlabel(self, t, **kwargs):
        return self.text(0.5, 0.01, t, ha="center", va="bottom", **kwargs)

    def supylabel(self, t, **kwargs):
        return self.text(0.02, 0.5, t, ha="left", va="center", rotation=90, **kwargs)

    def subplots_adjust(self, left=None, bottom=None, right=None, top=None, wspace=None, hspace=None):
        self.subplotpars.update(left, bottom, right, top, wspace, hspace)
        self._tight = False

    def tight_layout(self, *args, **kwargs):
        self._tight = True

    def set_tight_layout(self, tight):
        self._tight = bool(tight)

    def set_layout_engine(self, layout=None, **kwargs):
        self._tight = layout in ("tight", "constrained")

    def colorbar(self, mappable=None, cax=None, ax=None, label=None, orientation="vertical", fraction=0.15, pad=0.05,
                 shrink=1.0, **kwargs):
        if mappable is None:
            raise RuntimeError("No mappable was found to use for colorbar creation.")
        if ax is None:
            ax = getattr(mappable, "axes", None) or self.gca()
        if isinstance(ax, (list, tuple, AxesArray)):
            ax = list(ax.flat if isinstance(ax, AxesArray) else ax)[-1]
        levels = mappable._levels() if hasattr(mappable, "_levels") else None
        vmin, vmax = mappable.get_clim()
        spec = {"cmap": mappable.cmap.name, "vmin": vmin if vmin is not None else 0.0, "vmax": vmax if vmax is not None else 1.0,
                "label": label, "levels": levels if getattr(mappable, "filled", False) else None,
                "fraction": fraction, "pad": pad, "shrink": shrink}
        ax._colorbar = spec
        cb = Colorbar(mappable, ax, label, spec)
        mappable.colorbar = cb
        return cb

    def clear(self):
        self._axes = []
        self._current = None
        self._suptitle = None

    clf = clear

    def _spec(self):
        p = self.subplotpars
        texts = [t._spec() for t in self._texts]
        for t in texts:
            t["coords"] = "figure"
        return {"size": tuple(self._size), "dpi": self._dpi, "facecolor": _rgba(self._facecolor), "suptitle": self._suptitle,
                "subplot": (p.left, p.right, p.bottom, p.top, p.wspace, p.hspace), "tight": self._tight,
                "axes": [a._spec() for a in self._axes], "texts": texts}

    def _png(self, dpi=None, tight=False, pad_inches=0.1, facecolor=None):
        spec = self._spec()
        if dpi is not None and dpi != "figure":
            spec["dpi"] = float(dpi)
        if facecolor is not None:
            spec["facecolor"] = _rgba(facecolor)
        return _tessera_plot.render(spec, tight, pad_inches)

    def savefig(self, fname, *, dpi=None, bbox_inches=None, pad_inches=None, facecolor=None, format=None, transparent=False, **kwargs):
        if dpi is None:
            dpi = matplotlib.rcParams["savefig.dpi"]
        fmt = format or (str(fname).rsplit(".", 1)[-1].lower() if "." in str(fname) else "png")
        if fmt != "png":
            raise ValueError("Format %r is not supported (supported formats: png)" % fmt)
        png = self._png(dpi, bbox_inches == "tight", 0.1 if pad_inches is None else pad_inches,
                        (0, 0, 0, 0) if transparent else facecolor)
        if hasattr(fname, "write"):
            fname.write(png)
        else:
            _tessera_plot.write(fname, png)
        self._saved_to_file = True

    def show(self, warn=True):
        # Jupyter's inline backend shows figures cropped to their content (bbox_inches='tight').
        _tessera_plot.publish(self._png(tight=True), repr(self), getattr(self, "_saved_to_file", False))

    def _repr_png_(self):
        return self._png(tight=True)

    def get_tightbbox(self, *args, **kwargs):
        return None

class _Canvas:
    def __init__(self, figure):
        self.figure = figure

    def draw(self):
        pass

    def draw_idle(self):
        pass

    def get_width_height(self):
        return self.figure._pixels()

    def print_png(self, fname):
        self.figure.savefig(fname)

def _share(ax, axs, mode, r, c, nrows, ncols, which):
    if mode in (False, "none", None):
        return
    if mode in (True, "all"):
        leader = axs[0]
    elif mode == "col":
        leader = axs[c]
    elif mode == "row":
        leader = axs[r * ncols]
    else:
        return
    if leader is ax:
        return
    if which == 0:
        ax._sharex = leader._sharex
        leader._sharex.append(ax)
    else:
        ax._sharey = leader._sharey
        leader._sharey.append(ax)
