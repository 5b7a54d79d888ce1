"""Axes' image methods: imshow (colormaps, vmin/vmax, extent, origin), pcolormesh, and
contour/contourf (marching squares in the renderer; filled contours as a finely resampled
image coloured by level bands)."""

import _tessera_plot
from matplotlib.artist import AxesImage, LineCollection, _shape
from matplotlib.container import ContourSet

def _floats(values):
    return _tessera_plot.floats(values)

def _ndim(values):
    nd = getattr(values, "ndim", None)
    if nd is not None:
        return nd
    if isinstance(values, (list, tuple)) and len(values) and isinstance(values[0], (list, tuple)):
        return 2
    return 1

def _columns(values):
    shape = _shape(values)
    if hasattr(values, "shape"):
        return [values[:, j] for j in range(shape[1])]
    return [[row[j] for row in values] for j in range(shape[1])]

def _image_data(X):
    """An image value the renderer reads: tensors and arrays as they are, PIL images as arrays."""
    if hasattr(X, "shape") or isinstance(X, (list, tuple)):
        return X
    import numpy as np
    return np.array(X)

class _ImageMixin:
    def imshow(self, X, cmap=None, norm=None, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None,
               origin=None, extent=None, **kwargs):
        if norm is not None:
            vmin = norm.vmin if vmin is None else vmin
            vmax = norm.vmax if vmax is None else vmax
        X = _image_data(X)
        image = AxesImage(X, cmap, vmin, vmax, extent, origin, alpha, interpolation)
        l, r, b, t = image.get_extent()
        image._sticky = ((l, r), (b, t))
        self.add_artist(image)
        if aspect is None or aspect == "equal":
            self._aspect = 1.0
        elif aspect != "auto":
            self._aspect = float(aspect)
        if extent is not None:
            self._xlim = (extent[0], extent[1])
            self._ylim = (extent[2], extent[3])
        return image

    def matshow(self, Z, **kwargs):
        return self.imshow(Z, **kwargs)

    def pcolormesh(self, *args, cmap=None, vmin=None, vmax=None, **kwargs):
        Z = args[-1]
        shape = _shape(Z)
        image = AxesImage(_image_data(Z), cmap, vmin, vmax, (0, shape[1], 0, shape[0]), "lower", kwargs.get("alpha"))
        self.add_artist(image)
        return image

    pcolor = pcolormesh

    def contour(self, *args, **kwargs):
        return self._contour(args, kwargs, filled=False)

    def contourf(self, *args, **kwargs):
        return self._contour(args, kwargs, filled=True)

    def _contour(self, args, kwargs, filled):
        args = list(args)
        levels = kwargs.pop("levels", None)
        if len(args) in (2, 4):
            levels = args.pop()
        Z = args[-1]
        shape = _shape(Z)
        rows, columns = shape[0], shape[1]
        if len(args) >= 3:
            X, Y = args[0], args[1]
            xs = list(_floats(X[0] if _ndim(X) == 2 else X))
            ys = list(_floats(_columns(Y)[0] if _ndim(Y) == 2 else Y))
        else:
            xs = [float(v) for v in range(columns)]
            ys = [float(v) for v in range(rows)]
        z = list(_floats(Z))
        zr = _tessera_plot.finite_range(z) or (0.0, 1.0)
        if levels is None or isinstance(levels, int):
            n = 7 if levels is None else levels
            levels = _tessera_plot.max_n_ticks(zr[0], zr[1], n + 1, False)
            located = (levels[0], levels[-1])
            if not filled:
                inside = [v for v in levels if zr[0] < v < zr[1]]
                levels = inside if inside else levels[:1]
            else:
                while len(levels) > 2 and levels[1] <= zr[0]:
                    levels = levels[1:]
                while len(levels) > 2 and levels[-2] >= zr[1]:
                    levels = levels[:-1]
        else:
            levels = list(_floats(levels))
            located = (levels[0], levels[-1])
        cmap = kwargs.pop("cmap", None)
        colors = kwargs.pop("colors", None)
        alpha = kwargs.pop("alpha", None)
        cs = ContourSet(self, levels, filled, cmap)
        if filled:
            out_r, out_c = max(rows, min(400, rows * 8)), max(columns, min(400, columns * 8))
            fine = _tessera_plot.resample(z, rows, columns, out_r, out_c)
            image = AxesImage(fine, cs.cmap.name, levels[0], levels[-1], (xs[0], xs[-1], ys[0], ys[-1]), "lower", alpha)
            image._levels_list = levels
            spec = image._spec

            def filled_spec():
                s = spec()
                s["levels"] = levels
                return s
            image._spec = filled_spec
            image._sticky = ((xs[0], xs[-1]), (ys[0], ys[-1]))
            self.add_artist(image)
            cs._artists.append(image)
        else:
            # Line colours are normalised over the locator's levels before those outside the
            # data were dropped, as matplotlib's.
            lo, hi = located
            span = (hi - lo) if hi != lo else 1.0
            for k, level in enumerate(levels):
                segments = _tessera_plot.contour_segments(z, rows, columns, xs, ys, level)
                if not segments:
                    continue
                if colors is not None:
                    c = colors if isinstance(colors, str) else colors[k % len(colors)]
                else:
                    c = tuple(_tessera_plot.colormap(cs.cmap.name, [(level - lo) / span if len(levels) > 1 else 0.5])[0])
                lc = LineCollection(segments, [c], kwargs.get("linewidths", 1.5), kwargs.get("linestyles", "solid"))
                lc._alpha = alpha
                self.add_artist(lc)
                cs._artists.append(lc)
        self._sticky_all = True
        if self._xlim is None:
            self._xlim = (xs[0], xs[-1])
        if self._ylim is None:
            self._ylim = (ys[0], ys[-1])
        return cs

    def clabel(self, cs, *args, **kwargs):
        return []
