"""The Axes' state and view: limits (autoscaled with matplotlib's 5% margins and sticky
edges, shared and inverted), scales, labels, ticks, spines, legend; `_spec()` describes it all to
the renderer."""

import math
import _tessera_plot
import matplotlib
from matplotlib.artist import Artist, Line2D, _rgba, text_spec
from matplotlib.axis import _Axis, _Spines, _grid_style

class Legend(Artist):
    def __init__(self, axes, entries, loc, anchor, title, fontsize, ncol, frameon):
        Artist.__init__(self)
        self.axes = axes
        self._entries = entries
        self._loc = loc
        self._anchor = anchor
        self._title = title
        self._fontsize = fontsize
        self._ncol = ncol
        self._frameon = frameon

    def get_texts(self):
        from matplotlib.artist import Text
        return [Text(0, 0, e["label"]) for e in self._entries]

    def set_title(self, title):
        self._title = title

    def _legend_spec(self):
        return {"loc": self._loc, "anchor": self._anchor, "entries": self._entries, "title": self._title,
                "fontsize": self._fontsize, "ncol": self._ncol, "frameon": self._frameon}

_LOC_CODES = {0: "best", 1: "upper right", 2: "upper left", 3: "lower left", 4: "lower right", 5: "right",
              6: "center left", 7: "center right", 8: "lower center", 9: "upper center", 10: "center"}

class _AxesBase:
    name = "rectilinear"

    def __init__(self, fig, placement):
        self.figure = fig
        self._placement = placement
        self._children = []
        self.xaxis = _Axis(self, "x")
        self.yaxis = _Axis(self, "y")
        self._xlim = None
        self._ylim = None
        self._xmargin = matplotlib.rcParams["axes.xmargin"]
        self._ymargin = matplotlib.rcParams["axes.ymargin"]
        self._title = {"center": None, "left": None, "right": None}
        self._axis_on = True
        self._aspect = None
        self._twin = False
        self._right = False
        self._legend = None
        self._colorbar = None
        self._line_cycle = 0
        self._patch_cycle = 0
        self._sharex = [self]
        self._sharey = [self]
        self._hidden_spines = set()
        self._facecolor = matplotlib.rcParams["axes.facecolor"]
        self.spines = _Spines(self)
        if matplotlib.rcParams["axes.grid"]:
            self.grid(True)

    def __repr__(self):
        title = self._title["center"]
        if title:
            return "<Axes: title={'center': %r}>" % title["s"]
        return "<Axes: >"

    # children

    @property
    def lines(self):
        return [c for c in self._children if isinstance(c, Line2D)]

    @property
    def collections(self):
        from matplotlib.artist import PathCollection, LineCollection
        return [c for c in self._children if isinstance(c, (PathCollection, LineCollection))]

    @property
    def patches(self):
        from matplotlib.artist import Patch
        return [c for c in self._children if isinstance(c, Patch)]

    @property
    def images(self):
        from matplotlib.artist import AxesImage
        return [c for c in self._children if isinstance(c, AxesImage)]

    @property
    def texts(self):
        from matplotlib.artist import Text
        return [c for c in self._children if isinstance(c, Text)]

    def get_children(self):
        return list(self._children)

    def add_artist(self, artist):
        artist.axes = self
        artist.figure = self.figure
        self._children.append(artist)
        return artist

    add_line = add_artist
    add_patch = add_artist
    add_collection = add_artist
    add_image = add_artist

    def _remove(self, artist):
        self._children = [c for c in self._children if c is not artist]

    def cla(self):
        self.__init__(self.figure, self._placement)

    clear = cla

    def _next_line_color(self):
        # matplotlib's cycle colours come back from get_color() as RGB tuples.
        c = matplotlib.colors.to_rgb("C%d" % (self._line_cycle % 10))
        self._line_cycle += 1
        return c

    def _next_patch_color(self):
        c = matplotlib.colors.to_rgb("C%d" % (self._patch_cycle % 10))
        self._patch_cycle += 1
        return c

    # limits

    def _data_limits(self, which):
        lo, hi = None, None
        sticky = []
        group = self._sharex if which == 0 else self._sharey
        for axes in group:
            for child in axes._children:
                if not child._visible:
                    continue
                lim = child._limits()
                if lim is None:
                    continue
                a, b = (lim[0], lim[1]) if which == 0 else (lim[2], lim[3])
                if a is None:
                    continue
                if which == 0 and self._scale(0) == "log" or which == 1 and self._scale(1) == "log":
                    pos = _tessera_plot.positive_min(_child_values(child, which))
                    if pos is None:
                        continue
                    a = pos if a <= 0 else a
                lo = a if lo is None else min(lo, a)
                hi = b if hi is None else max(hi, b)
                sticky.extend(getattr(child, "_sticky", ((), ()))[which])
        return lo, hi, sticky

    def _scale(self, which):
        return (self.xaxis if which == 0 else self.yaxis)._scale

    def _autoscale(self, which):
        lo, hi, sticky = self._data_limits(which)
        log = self._scale(which) == "log"
        if lo is None:
            return (1.0, 10.0) if log else (0.0, 1.0)
        margin = self._xmargin if which == 0 else self._ymargin
        if log:
            a, b = math.log10(lo), math.log10(hi)
            if a == b:
                a, b = a - 1, b + 1
            m = (b - a) * margin
            vlo, vhi = 10 ** (a - m), 10 ** (b + m)
        else:
            if lo == hi:
                if lo == 0:
                    lo, hi = -0.05, 0.05
                else:
                    lo, hi = lo - 0.05 * abs(lo), hi + 0.05 * abs(hi)
            m = (hi - lo) * margin
            vlo, vhi = lo - m, hi + m
        # Sticky edges (bars at 0, image borders) stop the margin from crossing them.
        for s in sticky:
            if vlo < s <= lo:
                vlo = s
            if hi <= s < vhi:
                vhi = s
        return (vlo, vhi)

    def _view(self, which):
        axis = self.xaxis if which == 0 else self.yaxis
        group = self._sharex if which == 0 else self._sharey
        explicit = None
        for axes in group:
            lim = axes._xlim if which == 0 else axes._ylim
            if lim is not None:
                explicit = lim
        auto = None
        if explicit is None or explicit[0] is None or explicit[1] is None:
            auto = self._autoscale(which)
        if explicit is None:
            lo, hi = auto
        else:
            lo = explicit[0] if explicit[0] is not None else auto[0]
            hi = explicit[1] if explicit[1] is not None else auto[1]
        inverted = any((a.xaxis if which == 0 else a.yaxis)._inverted for a in group)
        if inverted and lo < hi or (self._image_flip(which) and explicit is None and lo < hi):
            lo, hi = hi, lo
        return (float(lo), float(hi))

    def _image_flip(self, which):
        if which != 1:
            return False
        for c in self._children:
            if hasattr(c, "_origin") and c._origin == "upper" and c._extent is None:
                return True
        return False

    def get_xlim(self):
        return self._view(0)

    def get_ylim(self):
        return self._view(1)

    def _set_lim(self, which, a, b, kwargs):
        if a is not None and b is None and isinstance(a, (tuple, list)):
            a, b = a
        a = kwargs.get("left", kwargs.get("bottom", kwargs.get("xmin", kwargs.get("ymin", a))))
        b = kwargs.get("right", kwargs.get("top", kwargs.get("xmax", kwargs.get("ymax", b))))
        current = self._xlim if which == 0 else self._ylim
        if current is not None:
            a = current[0] if a is None else a
            b = current[1] if b is None else b
        a = None if a is None else float(a)
        b = None if b is None else float(b)
        if a is not None and b is not None and a == b:
            a, b = (a - 0.001 * abs(a), b + 0.001 * abs(b)) if a != 0 else (-0.001, 0.001)
        if which == 0:
            self._xlim = (a, b)
        else:
            self._ylim = (a, b)
        # An explicit reversed pair inverts the axis.
        axis = self.xaxis if which == 0 else self.yaxis
        if a is not None and b is not None:
            axis._inverted = False
        return self._view(which)

    def set_xlim(self, left=None, right=None, **kwargs):
        return self._set_lim(0, left, right, kwargs)

    def set_ylim(self, bottom=None, top=None, **kwargs):
        return self._set_lim(1, bottom, top, kwargs)

    def get_xbound(self):
        return tuple(sorted(self.get_xlim()))

    def get_ybound(self):
        return tuple(sorted(self.get_ylim()))

    def invert_xaxis(self):
        self.xaxis._inverted = not self.xaxis._inverted

    def invert_yaxis(self):
        self.yaxis._inverted = not self.yaxis._inverted

    def xaxis_inverted(self):
        lo, hi = self.get_xlim()
        return lo > hi

    def yaxis_inverted(self):
        lo, hi = self.get_ylim()
        return lo > hi

    def margins(self, *args, x=None, y=None, tight=True):
        if len(args) == 1:
            x = y = args[0]
        elif len(args) == 2:
            x, y = args
        if x is not None:
            self._xmargin = x
        if y is not None:
            self._ymargin = y

    def autoscale(self, enable=True, axis="both", tight=None):
        if axis in ("both", "x"):
            self._xlim = None
        if axis in ("both", "y"):
            self._ylim = None
        if tight:
            self.margins(0)

    def autoscale_view(self, *args, **kwargs):
        pass

    def relim(self, *args, **kwargs):
        pass

    def set_xscale(self, value, **kwargs):
        if value not in ("linear", "log", "symlog", "logit"):
            raise ValueError("%r is not a valid value for scale; supported values are 'linear', 'log', 'symlog', 'logit'" % (value,))
        self.xaxis._scale = "log" if value == "log" else "linear"

    def set_yscale(self, value, **kwargs):
        if value not in ("linear", "log", "symlog", "logit"):
            raise ValueError("%r is not a valid value for scale; supported values are 'linear', 'log', 'symlog', 'logit'" % (value,))
        self.yaxis._scale = "log" if value == "log" else "linear"

    def get_xscale(self):
        return self.xaxis._scale

    def get_yscale(self):
        return self.yaxis._scale

    def set_aspect(self, aspect, adjustable=None, anchor=None, share=False):
        if aspect == "auto":
            self._aspect = None
        elif aspect == "equal":
            self._aspect = 1.0
        else:
            self._aspect = float(aspect)

    def get_aspect(self):
        return "auto" if self._aspect is None else self._aspect

    def set_box_aspect(self, aspect=None):
        pass

    # labels

    def set_title(self, label, fontdict=None, loc=None, pad=None, **kwargs):
        loc = loc or "center"
        if fontdict:
            kwargs.update(fontdict)
        size = kwargs.pop("fontsize", kwargs.pop("size", matplotlib.rcParams["axes.titlesize"]))
        self._title[loc] = text_spec(label, size, **kwargs)
        from matplotlib.artist import Text
        return Text(0.5, 1.0, label)

    def get_title(self, loc="center"):
        t = self._title.get(loc)
        return t["s"] if t else ""

    def set_xlabel(self, xlabel, fontdict=None, labelpad=None, **kwargs):
        if fontdict:
            kwargs.update(fontdict)
        self.xaxis.label.set_text(xlabel)
        self.xaxis.label._kwargs = kwargs
        return self.xaxis.label

    def set_ylabel(self, ylabel, fontdict=None, labelpad=None, **kwargs):
        if fontdict:
            kwargs.update(fontdict)
        self.yaxis.label.set_text(ylabel)
        self.yaxis.label._kwargs = kwargs
        return self.yaxis.label

    def get_xlabel(self):
        return self.xaxis.label.get_text()

    def get_ylabel(self):
        return self.yaxis.label.get_text()

    # ticks

    def set_xticks(self, ticks, labels=None, minor=False, **kwargs):
        if not minor:
            self.xaxis.set_ticks(ticks, labels, **kwargs)

    def set_yticks(self, ticks, labels=None, minor=False, **kwargs):
        if not minor:
            self.yaxis.set_ticks(ticks, labels, **kwargs)

    def set_xticklabels(self, labels, *args, **kwargs):
        self.xaxis.set_ticklabels(labels, **kwargs)

    def set_yticklabels(self, labels, *args, **kwargs):
        self.yaxis.set_ticklabels(labels, **kwargs)

    def get_xticks(self, minor=False):
        return self._ticks(0)

    def get_yticks(self, minor=False):
        return self._ticks(1)

    def _ticks(self, which):
        axis = self.xaxis if which == 0 else self.yaxis
        if axis._ticks is not None:
            return list(axis._ticks)
        lo, hi = self._view(which)
        return _tessera_plot.max_n_ticks(min(lo, hi), max(lo, hi), 9)

    def get_xticklabels(self, *args, **kwargs):
        from matplotlib.artist import Text
        return [Text(v, 0, l) for v, l in zip(self.get_xticks(), self.xaxis._ticklabels or [])]

    def get_yticklabels(self, *args, **kwargs):
        from matplotlib.artist import Text
        return [Text(0, v, l) for v, l in zip(self.get_yticks(), self.yaxis._ticklabels or [])]

    def tick_params(self, axis="both", which="major", reset=False, **kwargs):
        if which == "minor":
            return
        axes = [self.xaxis, self.yaxis] if axis == "both" else [self.xaxis if axis == "x" else self.yaxis]
        for a in axes:
            if "labelsize" in kwargs:
                a._labelsize = matplotlib._font_size(kwargs["labelsize"])
            if "labelrotation" in kwargs:
                a._rotation = float(kwargs["labelrotation"])
            if "rotation" in kwargs:
                a._rotation = float(kwargs["rotation"])
            if "length" in kwargs:
                a._ticklen = float(kwargs["length"])
            if "direction" in kwargs:
                a._direction = kwargs["direction"]
            if "colors" in kwargs:
                a._tickcolor = a._labelcolor = kwargs["colors"]
            if "color" in kwargs:
                a._tickcolor = kwargs["color"]
            if "labelcolor" in kwargs:
                a._labelcolor = kwargs["labelcolor"]
            for key in ("bottom", "left", "top", "right"):
                if key in kwargs and key in (("bottom",) if a is self.xaxis else ("left", "right")):
                    a._ticks_on = bool(kwargs[key])
            for key in ("labelbottom", "labelleft"):
                if key in kwargs and (key == "labelbottom") == (a is self.xaxis):
                    a._labels_on = bool(kwargs[key])

    def ticklabel_format(self, axis="both", style="", scilimits=None, useOffset=None, useLocale=None, useMathText=None):
        axes = [self.xaxis, self.yaxis] if axis == "both" else [self.xaxis if axis == "x" else self.yaxis]
        for a in axes:
            if style in ("sci", "scientific"):
                a._sci = True
            elif style == "plain":
                a._sci = False
            if scilimits is not None:
                a._powerlimits = list(scilimits)
            if useOffset is not None:
                a._useoffset = bool(useOffset)

    def grid(self, visible=None, which="major", axis="both", **kwargs):
        if visible is None:
            visible = True if kwargs or (self.xaxis._grid is None and self.yaxis._grid is None) else False
        style = _grid_style(kwargs) if visible else None
        if axis in ("both", "x"):
            self.xaxis._grid = style
        if axis in ("both", "y"):
            self.yaxis._grid = style

    def axis(self, arg=None, **kwargs):
        if arg in ("off", False):
            self._axis_on = False
        elif arg in ("on", True):
            self._axis_on = True
        elif arg in ("equal", "scaled", "image"):
            self.set_aspect("equal")
            if arg == "image":
                self.margins(0)
        elif arg == "tight":
            self.margins(0)
        elif isinstance(arg, (list, tuple)) and len(arg) == 4:
            self.set_xlim(arg[0], arg[1])
            self.set_ylim(arg[2], arg[3])
        lo, hi = self.get_xlim()
        b, t = self.get_ylim()
        return (lo, hi, b, t)

    def set_axis_off(self):
        self._axis_on = False

    def set_axis_on(self):
        self._axis_on = True

    def set_facecolor(self, c):
        self._facecolor = c

    def set_frame_on(self, b):
        if not b:
            self._hidden_spines = set(["left", "right", "top", "bottom"])

    def set(self, **kwargs):
        for key, value in kwargs.items():
            setter = getattr(self, "set_" + key, None)
            if setter is None:
                raise AttributeError("Axes.set() got an unexpected keyword argument '%s'" % key)
            if key in ("xlim", "ylim") and isinstance(value, (tuple, list)):
                setter(*value)
            else:
                setter(value)

    def get_figure(self):
        return self.figure

    def get_legend(self):
        return self._legend

    def get_legend_handles_labels(self):
        handles = [c for c in self._children if c._in_legend() and c._legend_entry() is not None]
        return handles, [h.get_label() for h in handles]

    def legend(self, *args, **kwargs):
        handles, labels = None, None
        if len(args) == 2:
            handles, labels = list(args[0]), list(args[1])
        elif len(args) == 1:
            labels = list(args[0])
        handles = kwargs.pop("handles", handles)
        labels = kwargs.pop("labels", labels)
        if handles is None:
            candidates = [c for c in self._children if c._legend_entry() is not None]
            if labels is None:
                handles = [c for c in candidates if c._in_legend()]
                labels = [h.get_label() for h in handles]
            else:
                handles = candidates[:len(labels)]
        elif labels is None:
            labels = [h.get_label() for h in handles]
        entries = []
        for h, label in zip(handles, labels):
            if isinstance(h, (list, tuple)) and h:
                h = h[0]
            if hasattr(h, "patches"):
                h = h.patches[0] if h.patches else None
            if h is None:
                continue
            entry = h._legend_entry()
            if entry is None:
                continue
            entry = dict(entry)
            entry["label"] = str(label)
            entries.append(entry)
        loc = kwargs.get("loc", matplotlib.rcParams["legend.loc"])
        if isinstance(loc, int):
            loc = _LOC_CODES.get(loc, "best")
        anchor = kwargs.get("bbox_to_anchor")
        if anchor is not None:
            anchor = (float(anchor[0]), float(anchor[1]))
            if loc == "best":
                loc = "upper right"
        size = matplotlib._font_size(kwargs.get("fontsize", matplotlib.rcParams["legend.fontsize"]))
        self._legend = Legend(self, entries, loc, anchor, kwargs.get("title"), size, kwargs.get("ncol", kwargs.get("ncols", 1)),
                              kwargs.get("frameon", matplotlib.rcParams["legend.frameon"]))
        return self._legend

    # rendering

    def _spec(self):
        children = sorted([c for c in self._children if c._visible], key=lambda c: c.zorder)
        artists = []
        for c in children:
            s = c._spec()
            if s is not None:
                artists.append(s)
        spec = {"artists": artists, "xlim": self.get_xlim(), "ylim": self.get_ylim(),
                "xaxis": self.xaxis._spec(), "yaxis": self.yaxis._spec(),
                "title": self._title["center"], "title_left": self._title["left"], "title_right": self._title["right"],
                "axis_on": self._axis_on, "aspect": self._aspect, "twin": self._twin, "right": self._right,
                "facecolor": _rgba(self._facecolor), "hidden_spines": list(self._hidden_spines),
                "legend": self._legend._legend_spec() if self._legend is not None else None,
                "colorbar": self._colorbar}
        p = self._placement
        if p[0] == "grid":
            spec["grid"] = p[1:]
        else:
            spec["rect"] = p[1:]
        return spec

def _child_values(child, which):
    for name in (("_x", "_xs"), ("_y", "_ys"))[which]:
        if hasattr(child, name):
            return getattr(child, name)
    return []
