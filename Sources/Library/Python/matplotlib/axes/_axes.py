"""Axes' plotting methods: plot and its format strings, scatter, bar/barh, hist, pie, step,
stackplot, fill_between, errorbar, axhline/axvline, text/annotate, twinx (images and contours
are in _images.py). Colours follow matplotlib's two property cycles (lines; patches and
collections)."""

import math
import _tessera_plot
import matplotlib
from matplotlib.axes._base import _AxesBase
from matplotlib.axes._images import _ImageMixin, _columns, _floats, _ndim
from matplotlib.container import BarContainer, PolyCollection, ErrorbarContainer
from matplotlib.artist import (Line2D, PathCollection, Patch, Rectangle, Polygon, LineCollection, AxesImage, Text,
                               MARKERS, _rgba, _shape)

_FMT_COLORS = "bgrcmykw"

def _parse_fmt(fmt):
    """'r--o' -> (linestyle, marker, color); as matplotlib's _process_plot_format."""
    if fmt in ("C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"):
        return None, None, fmt
    linestyle, marker, color = None, None, None
    i = 0
    while i < len(fmt):
        two = fmt[i:i + 2]
        c = fmt[i]
        if two in ("--", "-."):
            linestyle = two
            i += 2
            continue
        if c == "C" and i + 1 < len(fmt) and fmt[i + 1].isdigit():
            color = fmt[i:i + 2]
            i += 2
            continue
        if c in ("-", ":"):
            linestyle = c
        elif c in _FMT_COLORS:
            color = c
        elif c in MARKERS:
            marker = c
        else:
            raise ValueError("Unrecognized character %s in format string %r" % (c, fmt))
        i += 1
    if linestyle is None and marker is not None:
        linestyle = "None"
    return linestyle, marker, color

def _is_string_data(values):
    if isinstance(values, (list, tuple)) and len(values) and isinstance(values[0], str):
        return True
    return False

def _sequence(values):
    """Scalars (numbers, 0-d tensors) as one-element lists; sequences as they are."""
    if isinstance(values, (int, float)):
        return [values]
    shape = getattr(values, "shape", None)
    if shape is not None and len(shape) == 0:
        return [float(values)]
    return values

def _broadcast(value, n):
    if isinstance(value, (int, float)) or value is None:
        return [value] * n
    out = list(_floats(value))
    if len(out) == 1:
        return out * n
    return out

class Axes(_AxesBase, _ImageMixin):

    def _categorical(self, values, which):
        """Strings on an axis become positions 0, 1, ... with the strings as tick labels."""
        if not _is_string_data(values):
            return values
        axis = self.xaxis if which == 0 else self.yaxis
        known = getattr(axis, "_categories", None)
        if known is None:
            known = []
            axis._categories = known
        out = []
        for v in values:
            if v not in known:
                known.append(v)
            out.append(known.index(v))
        axis._ticks = list(range(len(known)))
        axis._ticklabels = list(known)
        return out

    def plot(self, *args, scalex=True, scaley=True, data=None, **kwargs):
        args = list(args)
        groups = []
        while args:
            if len(args) >= 2 and not isinstance(args[1], str):
                x, y = args[0], args[1]
                args = args[2:]
            else:
                x, y = None, args[0]
                args = args[1:]
            fmt = None
            if args and isinstance(args[0], str):
                fmt = args[0]
                args = args[1:]
            groups.append((None if x is None else _sequence(x), _sequence(y), fmt))
        lines = []
        for x, y, fmt in groups:
            ys = _columns(y) if _ndim(y) == 2 else [y]
            n = len(ys[0]) if len(ys) else 0
            if x is None:
                x = range(n)
            x = self._categorical(x, 0)
            xs = _columns(x) if _ndim(x) == 2 else [x] * len(ys)
            for xi, yi in zip(xs, ys):
                yi = self._categorical(yi, 1)
                if len(xi) != len(yi):
                    raise ValueError("x and y must have same first dimension, but have shapes (%d,) and (%d,)" % (len(xi), len(yi)))
                lines.append(self._make_line(xi, yi, fmt, dict(kwargs)))
        return lines

    def _make_line(self, x, y, fmt, kwargs):
        linestyle, marker, color = (None, None, None) if fmt is None else _parse_fmt(fmt)
        color = kwargs.pop("color", kwargs.pop("c", color))
        if color is None:
            color = self._next_line_color()
        else:
            _rgba(color)
        ls = kwargs.pop("linestyle", kwargs.pop("ls", linestyle))
        if ls is None:
            ls = "-"
        marker = kwargs.pop("marker", marker)
        line = Line2D(x, y, color=color,
                      linewidth=kwargs.pop("linewidth", kwargs.pop("lw", None)), linestyle=ls, marker=marker,
                      markersize=kwargs.pop("markersize", kwargs.pop("ms", None)),
                      markerfacecolor=kwargs.pop("markerfacecolor", kwargs.pop("mfc", None)),
                      markeredgecolor=kwargs.pop("markeredgecolor", kwargs.pop("mec", None)),
                      markeredgewidth=kwargs.pop("markeredgewidth", kwargs.pop("mew", None)),
                      alpha=kwargs.pop("alpha", None), label=kwargs.pop("label", None),
                      drawstyle=kwargs.pop("drawstyle", kwargs.pop("ds", "default")), zorder=kwargs.pop("zorder", None))
        for key in ("antialiased", "aa", "solid_capstyle", "dash_capstyle", "solid_joinstyle", "clip_on", "markevery", "fillstyle"):
            kwargs.pop(key, None)
        if kwargs:
            line.set(**kwargs)
        self.add_artist(line)
        return line

    def step(self, x, y, *args, where="pre", data=None, **kwargs):
        kwargs["drawstyle"] = "steps-" + where
        return self.plot(x, y, *args, **kwargs)

    def semilogy(self, *args, **kwargs):
        self.set_yscale("log")
        return self.plot(*args, **kwargs)

    def semilogx(self, *args, **kwargs):
        self.set_xscale("log")
        return self.plot(*args, **kwargs)

    def loglog(self, *args, **kwargs):
        self.set_xscale("log")
        self.set_yscale("log")
        return self.plot(*args, **kwargs)

    def scatter(self, x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, vmax=None, alpha=None,
                linewidths=None, edgecolors=None, plotnonfinite=False, data=None, **kwargs):
        x = self._categorical(_sequence(x), 0)
        y = self._categorical(_sequence(y), 1)
        n = len(x)
        if len(y) != n:
            raise ValueError("x and y must be the same size")
        color = kwargs.pop("color", None)
        if c is None:
            c = color
        values = None
        colors = None
        if c is None:
            colors = [_rgba(self._next_patch_color())]
        elif isinstance(c, str):
            colors = [_rgba(c)]
        elif isinstance(c, tuple) and len(c) in (3, 4) and all(isinstance(v, (int, float)) for v in c):
            colors = [_rgba(c)]
        elif isinstance(c, (list, tuple)) and len(c) and (isinstance(c[0], str) or isinstance(c[0], tuple)):
            colors = [_rgba(v) for v in c]
        else:
            values = c
            if norm is not None:
                vmin = norm.vmin if vmin is None else vmin
                vmax = norm.vmax if vmax is None else vmax
        if s is None:
            s = matplotlib.rcParams["lines.markersize"] ** 2
        elif not isinstance(s, (int, float)):
            s = _floats(s)
        if marker is None:
            marker = "o"
        edgecolors = kwargs.pop("edgecolor", kwargs.pop("ec", edgecolors))
        linewidths = kwargs.pop("linewidth", kwargs.pop("lw", linewidths))
        collection = PathCollection(x, y, s, colors, values, cmap, vmin, vmax, marker, alpha, edgecolors, linewidths,
                                    kwargs.pop("label", None))
        if "zorder" in kwargs:
            collection.zorder = kwargs.pop("zorder")
        self.add_artist(collection)
        return collection

    def bar(self, x, height, width=0.8, bottom=None, *, align="center", data=None, **kwargs):
        return self._bars(x, height, width, bottom, align, kwargs, vertical=True)

    def barh(self, y, width, height=0.8, left=None, *, align="center", data=None, **kwargs):
        return self._bars(y, width, height, left, align, kwargs, vertical=False)

    def _bars(self, positions, lengths, thickness, base, align, kwargs, vertical):
        positions = self._categorical(positions if not isinstance(positions, (int, float)) else [positions], 0 if vertical else 1)
        pos = _floats(positions)
        n = len(pos)
        lengths = _broadcast(lengths, n)
        thickness = _broadcast(thickness, n)
        base = _broadcast(0.0 if base is None else base, n)
        color = kwargs.pop("color", kwargs.pop("facecolor", kwargs.pop("fc", None)))
        if color is None:
            colors = [self._next_patch_color()] * n
        elif isinstance(color, str) or (isinstance(color, tuple) and len(color) in (3, 4) and isinstance(color[0], (int, float))):
            colors = [color] * n
        else:
            colors = list(color)
            colors = [colors[i % len(colors)] for i in range(n)]
        edge = kwargs.pop("edgecolor", kwargs.pop("ec", None))
        lw = kwargs.pop("linewidth", kwargs.pop("lw", None))
        alpha = kwargs.pop("alpha", None)
        label = kwargs.pop("label", None)
        tick_label = kwargs.pop("tick_label", None)
        patches = []
        for i in range(n):
            t = thickness[i]
            start = pos[i] - t / 2 if align == "center" else pos[i]
            if vertical:
                r = Rectangle((start, base[i]), t, lengths[i], facecolor=colors[i], edgecolor=edge, linewidth=lw, alpha=alpha,
                              label=label if i == 0 else "_nolegend_")
                r._sticky = ((), (base[i],))
            else:
                r = Rectangle((base[i], start), lengths[i], t, facecolor=colors[i], edgecolor=edge, linewidth=lw, alpha=alpha,
                              label=label if i == 0 else "_nolegend_")
                r._sticky = ((base[i],), ())
            self.add_artist(r)
            patches.append(r)
        if tick_label is not None:
            axis = self.xaxis if vertical else self.yaxis
            axis._ticks = pos
            axis._ticklabels = [str(v) for v in _broadcast_labels(tick_label, n)]
        container = BarContainer(patches, label)
        return container

    def hist(self, x, bins=None, range=None, density=False, weights=None, cumulative=False, bottom=None, histtype="bar",
             align="mid", orientation="vertical", rwidth=None, log=False, color=None, label=None, stacked=False, data=None,
             **kwargs):
        datasets = [x] if _ndim(x) == 1 and not (isinstance(x, (list, tuple)) and len(x) and hasattr(x[0], "__len__")) else list(x)
        if bins is None:
            bins = matplotlib.rcParams["hist.bins"]
        if isinstance(bins, int):
            if range is None:
                lo, hi = None, None
                for d in datasets:
                    r = _tessera_plot.finite_range(d)
                    if r is not None:
                        lo = r[0] if lo is None else min(lo, r[0])
                        hi = r[1] if hi is None else max(hi, r[1])
                if lo is None:
                    lo, hi = 0.0, 1.0
            else:
                lo, hi = range
            if lo == hi:
                lo, hi = lo - 0.5, hi + 0.5
            edges = [lo + (hi - lo) * k / bins for k in _builtin_range(bins + 1)]
        else:
            edges = list(_floats(bins))
        nb = len(edges) - 1
        all_counts = []
        for d in datasets:
            counts = [float(v) for v in _tessera_plot.histogram(d, edges)]
            if density:
                total = sum(counts)
                counts = [cnt / (total * (edges[k + 1] - edges[k])) if total else 0.0 for k, cnt in enumerate(counts)]
            if cumulative:
                acc = 0.0
                for k in _builtin_range(nb):
                    acc += counts[k]
                    counts[k] = acc
            all_counts.append(counts)
        colors = color if isinstance(color, (list, tuple)) and len(datasets) > 1 else [color] * len(datasets)
        labels = label if isinstance(label, (list, tuple)) else [label] * len(datasets)
        alpha = kwargs.pop("alpha", None)
        edge = kwargs.pop("edgecolor", kwargs.pop("ec", None))
        lw = kwargs.pop("linewidth", kwargs.pop("lw", None))
        containers = []
        m = len(datasets)
        total_width = (edges[1] - edges[0]) * (rwidth if rwidth is not None else 1.0) if nb else 1.0
        stacked_base = [0.0] * nb
        for j, counts in enumerate(all_counts):
            c = colors[j] if colors[j] is not None else self._next_line_color()
            patches = []
            if histtype.startswith("step"):
                xs, ys = [edges[0]], [0.0]
                for k in _builtin_range(nb):
                    xs += [edges[k], edges[k + 1]]
                    ys += [counts[k], counts[k]]
                xs.append(edges[-1])
                ys.append(0.0)
                fill = histtype == "stepfilled"
                p = Patch(xs, ys, c if fill else "none", edge if edge is not None else (None if fill else c), lw,
                          alpha, labels[j], fill)
                if not fill:
                    p._ec = c
                    p._closed = False
                p._sticky = ((), (0.0,))
                self.add_artist(p)
                patches.append(p)
            else:
                for k in _builtin_range(nb):
                    w = (edges[k + 1] - edges[k]) * (rwidth if rwidth is not None else 1.0)
                    if m > 1 and not stacked:
                        w = w / m
                        left = edges[k] + (edges[k + 1] - edges[k] - w * m) / 2 + j * w
                    else:
                        left = edges[k] + (edges[k + 1] - edges[k] - w) / 2
                    b = stacked_base[k] if stacked else 0.0
                    if orientation == "horizontal":
                        r = Rectangle((b, left), counts[k], w, facecolor=c, edgecolor=edge, linewidth=lw, alpha=alpha,
                                      label=labels[j] if k == 0 else "_nolegend_")
                        r._sticky = ((0.0,), ())
                    else:
                        r = Rectangle((left, b), w, counts[k], facecolor=c, edgecolor=edge, linewidth=lw, alpha=alpha,
                                      label=labels[j] if k == 0 else "_nolegend_")
                        r._sticky = ((), (0.0,))
                    self.add_artist(r)
                    patches.append(r)
                if stacked:
                    stacked_base = [stacked_base[k] + counts[k] for k in _builtin_range(nb)]
            containers.append(BarContainer(patches, labels[j]))
        if log:
            self.set_yscale("log")
        if m == 1:
            return all_counts[0], edges, containers[0]
        return all_counts, edges, containers

    def pie(self, x, explode=None, labels=None, colors=None, autopct=None, pctdistance=0.6, shadow=False,
            labeldistance=1.1, startangle=0, radius=1, counterclock=True, wedgeprops=None, textprops=None,
            center=(0, 0), frame=False, rotatelabels=False, normalize=True, hatch=None, data=None):
        values = _floats(x)
        total = sum(values)
        if normalize and total > 0:
            fracs = [v / total for v in values]
        else:
            fracs = values
        theta = startangle / 360.0
        wedges, texts, autotexts = [], [], []
        for i, f in enumerate(fracs):
            c = colors[i % len(colors)] if colors is not None else self._next_patch_color()
            t1 = theta + (f if counterclock else -f)
            off = explode[i] if explode is not None else 0.0
            mid = math.pi * (theta + t1)
            cx, cy = center[0] + off * math.cos(mid), center[1] + off * math.sin(mid)
            steps = max(2, int(abs(t1 - theta) * 360 / 2))
            xs, ys = [cx], [cy]
            for k in range(steps + 1):
                a = 2 * math.pi * (theta + (t1 - theta) * k / steps)
                xs.append(cx + radius * math.cos(a))
                ys.append(cy + radius * math.sin(a))
            edge = (wedgeprops or {}).get("edgecolor")
            w = Patch(xs, ys, c, edge, (wedgeprops or {}).get("linewidth"), None, labels[i] if labels is not None else None)
            self.add_artist(w)
            wedges.append(w)
            if labels is not None:
                lx, ly = cx + labeldistance * radius * math.cos(mid), cy + labeldistance * radius * math.sin(mid)
                texts.append(self.text(lx, ly, labels[i], ha="left" if lx > cx else "right", va="center", **(textprops or {})))
            if autopct is not None:
                px, py = cx + pctdistance * radius * math.cos(mid), cy + pctdistance * radius * math.sin(mid)
                s = autopct % (100.0 * f) if isinstance(autopct, str) else autopct(100.0 * f)
                autotexts.append(self.text(px, py, s, ha="center", va="center", **(textprops or {})))
            theta = t1
        self.set_aspect("equal")
        if not frame:
            self._axis_on = False
            self._xlim = (center[0] - 1.25 * radius, center[0] + 1.25 * radius)
            self._ylim = (center[1] - 1.25 * radius, center[1] + 1.25 * radius)
        if autopct is not None:
            return wedges, texts, autotexts
        return wedges, texts

    def fill_between(self, x, y1, y2=0, where=None, interpolate=False, step=None, data=None, **kwargs):
        xs = _floats(x)
        n = len(xs)
        a = _broadcast(y1, n)
        b = _broadcast(y2, n)
        mask = [True] * n if where is None else [bool(v) for v in where]
        color = kwargs.pop("color", kwargs.pop("facecolor", kwargs.pop("fc", None)))
        if color is None:
            color = self._next_patch_color()
        alpha = kwargs.pop("alpha", None)
        label = kwargs.pop("label", None)
        edge = kwargs.pop("edgecolor", kwargs.pop("ec", None))
        collection = None
        runs = []
        run = []
        for i in range(n):
            if mask[i]:
                run.append(i)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        polys = []
        for r in runs:
            px = [xs[i] for i in r] + [xs[i] for i in reversed(r)]
            py = [a[i] for i in r] + [b[i] for i in reversed(r)]
            p = Patch(px, py, color, edge, kwargs.get("linewidth", kwargs.get("lw")), alpha, label if not polys else "_nolegend_")
            self.add_artist(p)
            polys.append(p)
        return PolyCollection(polys, label)

    def fill_betweenx(self, y, x1, x2=0, where=None, **kwargs):
        ys = _floats(y)
        n = len(ys)
        a = _broadcast(x1, n)
        b = _broadcast(x2, n)
        color = kwargs.pop("color", None) or self._next_patch_color()
        p = Patch(a + list(reversed(b)), ys + list(reversed(ys)), color, None, None, kwargs.get("alpha"), kwargs.get("label"))
        self.add_artist(p)
        return PolyCollection([p], kwargs.get("label"))

    def fill(self, *args, **kwargs):
        x, y = args[0], args[1]
        color = args[2] if len(args) > 2 else kwargs.pop("color", kwargs.pop("facecolor", None))
        if color is None:
            color = self._next_patch_color()
        p = Patch(_floats(x), _floats(y), color, kwargs.get("edgecolor"), kwargs.get("linewidth"), kwargs.get("alpha"), kwargs.get("label"))
        self.add_artist(p)
        return [p]

    def stackplot(self, x, *args, labels=(), colors=None, baseline="zero", **kwargs):
        ys = []
        for a in args:
            if _ndim(a) == 2:
                ys.extend([list(_floats(row)) for row in a])
            else:
                ys.append(list(_floats(a)))
        xs = list(_floats(x))
        below = [0.0] * len(xs)
        result = []
        labels = list(labels)
        for i, y in enumerate(ys):
            above = [below[k] + y[k] for k in range(len(xs))]
            c = colors[i % len(colors)] if colors is not None else self._next_line_color()
            p = Patch(xs + list(reversed(xs)), above + list(reversed(below)), c, None, None, kwargs.get("alpha"),
                      labels[i] if i < len(labels) else None)
            p._sticky = ((), (0.0,))
            self.add_artist(p)
            result.append(PolyCollection([p], None))
            below = above
        return result

    def errorbar(self, x, y, yerr=None, xerr=None, fmt="", ecolor=None, elinewidth=None, capsize=None, barsabove=False,
                 lolims=False, uplims=False, xlolims=False, xuplims=False, errorevery=1, capthick=None, **kwargs):
        xs, ys = _floats(x), _floats(y)
        n = len(xs)
        if fmt == "none":
            line = None
            color = kwargs.pop("color", None) or self._next_line_color()
        else:
            line = self._make_line(xs, ys, fmt or None, dict(kwargs))
            color = line.get_color()
        ecolor = ecolor or color
        if capsize is None:
            capsize = matplotlib.rcParams["errorbar.capsize"]
        segments = []
        caps = []

        def spans(err):
            if isinstance(err, (int, float)):
                return [err] * n, [err] * n
            if _ndim(err) == 2:
                rows = list(err)
                return list(_floats(rows[0])), list(_floats(rows[1]))
            e = list(_floats(err))
            return e, e

        if yerr is not None:
            lo, hi = spans(yerr)
            for i in range(n):
                segments.append(([xs[i], xs[i]], [ys[i] - lo[i], ys[i] + hi[i]]))
                caps.append((xs[i], ys[i] - lo[i], "_"))
                caps.append((xs[i], ys[i] + hi[i], "_"))
        if xerr is not None:
            lo, hi = spans(xerr)
            for i in range(n):
                segments.append(([xs[i] - lo[i], xs[i] + hi[i]], [ys[i], ys[i]]))
                caps.append((xs[i] - lo[i], ys[i], "|"))
                caps.append((xs[i] + hi[i], ys[i], "|"))
        lc = LineCollection(segments, [ecolor], elinewidth or (line.get_linewidth() if line else 1.5))
        self.add_artist(lc)
        if capsize and capsize > 0:
            for marker in ("_", "|"):
                cx = [c[0] for c in caps if c[2] == marker]
                cy = [c[1] for c in caps if c[2] == marker]
                if cx:
                    cap = Line2D(cx, cy, color=ecolor, linestyle="None", marker=marker, markersize=2 * capsize,
                                 markeredgewidth=capthick or 1.0, label="_nolegend_")
                    self.add_artist(cap)
        if line is not None:
            self._children = [c for c in self._children if c is not line] + [line]
        return ErrorbarContainer(line, lc, kwargs.get("label"))

    def axhline(self, y=0, xmin=0, xmax=1, **kwargs):
        line = self._make_line([xmin, xmax], [y, y], None, dict(kwargs))
        line._coords = ("axes", "data")
        return line

    def axvline(self, x=0, ymin=0, ymax=1, **kwargs):
        line = self._make_line([x, x], [ymin, ymax], None, dict(kwargs))
        line._coords = ("data", "axes")
        return line

    def axhspan(self, ymin, ymax, xmin=0, xmax=1, **kwargs):
        lo, hi = self.get_xlim()
        p = Patch([lo, hi, hi, lo], [ymin, ymin, ymax, ymax], kwargs.get("color", kwargs.get("facecolor", "C0")), None, None,
                  kwargs.get("alpha"), kwargs.get("label"))
        self.add_artist(p)
        return p

    def axvspan(self, xmin, xmax, ymin=0, ymax=1, **kwargs):
        lo, hi = self.get_ylim()
        p = Patch([xmin, xmax, xmax, xmin], [lo, lo, hi, hi], kwargs.get("color", kwargs.get("facecolor", "C0")), None, None,
                  kwargs.get("alpha"), kwargs.get("label"))
        self.add_artist(p)
        return p

    def hlines(self, y, xmin, xmax, colors=None, linestyles="solid", label="", **kwargs):
        ys = _floats(y)
        n = len(ys)
        x0, x1 = _broadcast(xmin, n), _broadcast(xmax, n)
        lc = LineCollection([([x0[i], x1[i]], [ys[i], ys[i]]) for i in range(n)], [colors or "C0"],
                            kwargs.get("linewidth", kwargs.get("lw", 1.5)), linestyles, label)
        self.add_artist(lc)
        return lc

    def vlines(self, x, ymin, ymax, colors=None, linestyles="solid", label="", **kwargs):
        xs = _floats(x)
        n = len(xs)
        y0, y1 = _broadcast(ymin, n), _broadcast(ymax, n)
        lc = LineCollection([([xs[i], xs[i]], [y0[i], y1[i]]) for i in range(n)], [colors or "C0"],
                            kwargs.get("linewidth", kwargs.get("lw", 1.5)), linestyles, label)
        self.add_artist(lc)
        return lc

    def text(self, x, y, s, fontdict=None, **kwargs):
        if fontdict:
            kwargs.update(fontdict)
        transform = kwargs.pop("transform", None)
        coords = "data"
        if transform is not None:
            coords = getattr(transform, "_coords", "data")
        t = Text(x, y, s, fontsize=kwargs.pop("fontsize", kwargs.pop("size", None)), color=kwargs.pop("color", kwargs.pop("c", "black")),
                 ha=kwargs.pop("ha", kwargs.pop("horizontalalignment", "left")),
                 va=kwargs.pop("va", kwargs.pop("verticalalignment", "baseline")), rotation=kwargs.pop("rotation", 0),
                 weight=kwargs.pop("fontweight", kwargs.pop("weight", "normal")), coords=coords)
        box = kwargs.pop("bbox", None)
        if box is not None:
            t._box = _rgba(box.get("facecolor", box.get("fc", "white")), box.get("alpha"))
        self.add_artist(t)
        return t

    def annotate(self, text, xy, xytext=None, xycoords="data", textcoords=None, arrowprops=None, annotation_clip=None, **kwargs):
        if xytext is None:
            xytext = xy
        if textcoords is None:
            textcoords = xycoords
        kwargs.setdefault("ha", kwargs.pop("horizontalalignment", "left"))
        kwargs.setdefault("va", kwargs.pop("verticalalignment", "baseline"))
        t = self.text(xytext[0], xytext[1], text, **kwargs)
        if textcoords in ("axes fraction",):
            t._coords = "axes"
        elif textcoords in ("offset points", "offset pixels"):
            # Offsets are converted at render time would need the transform; approximate in data units.
            lo, hi = self.get_xlim()
            b, tp = self.get_ylim()
            t._x = xy[0] + xytext[0] / 72.0 * (hi - lo) / 4.96
            t._y = xy[1] + xytext[1] / 72.0 * (tp - b) / 3.7
        if arrowprops is not None:
            style = arrowprops.get("arrowstyle")
            t._arrow = {"arrow_to": (float(xy[0]), float(xy[1])),
                        "arrow_color": _rgba(arrowprops.get("color", arrowprops.get("facecolor", arrowprops.get("fc", "black")))),
                        "arrow_lw": float(arrowprops.get("linewidth", arrowprops.get("lw", 1.0 if style else 1.5))),
                        "arrow_head": style is None or style in ("-|>", "simple", "fancy", "wedge"),
                        "arrow_fat": style is None, "arrow_shrink": float(arrowprops.get("shrink", 0.0))}
        return t

    def twinx(self):
        twin = type(self)(self.figure, self._placement)
        twin._twin = True
        twin._right = True
        twin._sharex = self._sharex
        self._sharex.append(twin)
        twin._line_cycle = 0
        self.figure._axes.append(twin)
        self.figure._current = twin
        return twin

    def twiny(self):
        twin = type(self)(self.figure, self._placement)
        twin._twin = True
        twin._sharey = self._sharey
        self._sharey.append(twin)
        self.figure._axes.append(twin)
        return twin

    @property
    def transAxes(self):
        return _Transform("axes")

    @property
    def transData(self):
        return _Transform("data")

class _Transform:
    def __init__(self, coords):
        self._coords = coords

def _broadcast_labels(labels, n):
    if isinstance(labels, str):
        return [labels] * n
    return list(labels)

_builtin_range = range
