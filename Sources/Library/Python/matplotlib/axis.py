"""matplotlib.axis: an Axes' x and y axis (ticks, tick labels, label, scale, grid) and its
spines, as far as scripts call them; the renderer places and formats the ticks."""

import _tessera_plot
import matplotlib
from matplotlib.artist import _rgba, text_spec

class _Axis:
    """Axes.xaxis / Axes.yaxis: the parts of matplotlib's Axis people call."""

    def __init__(self, axes, name):
        self.axes = axes
        self.name = name
        self.label = _AxisLabel(axes, name)
        self._ticks = None
        self._ticklabels = None
        self._scale = "linear"
        self._useoffset = matplotlib.rcParams["axes.formatter.useoffset"]
        self._sci = True
        self._powerlimits = list(matplotlib.rcParams["axes.formatter.limits"])
        self._labelsize = matplotlib._font_size(matplotlib.rcParams[name + "tick.labelsize"])
        self._rotation = 0.0
        self._ticklen = matplotlib.rcParams[name + "tick.major.size"]
        self._direction = "out"
        self._tickcolor = "black"
        self._labelcolor = "black"
        self._ticks_on = True
        self._labels_on = True
        self._grid = None
        self._inverted = False

    def set_ticks(self, ticks, labels=None, **kwargs):
        self._ticks = list(_tessera_plot.floats(ticks))
        if labels is not None:
            self._ticklabels = [str(l) for l in labels]
        self._apply_label_kwargs(kwargs)
        return []

    def set_ticklabels(self, labels, **kwargs):
        self._ticklabels = [l.get_text() if hasattr(l, "get_text") else str(l) for l in labels]
        self._apply_label_kwargs(kwargs)
        return []

    def _apply_label_kwargs(self, kwargs):
        if "rotation" in kwargs:
            r = kwargs["rotation"]
            self._rotation = 90.0 if r == "vertical" else 0.0 if r == "horizontal" else float(r)
        if "fontsize" in kwargs:
            self._labelsize = matplotlib._font_size(kwargs["fontsize"])

    def set_visible(self, b):
        self._ticks_on = bool(b)
        self._labels_on = bool(b)

    def set_major_locator(self, locator):
        ticks = getattr(locator, "_fixed", None)
        if ticks is not None:
            self._ticks = ticks

    def set_major_formatter(self, formatter):
        pass

    def get_major_ticks(self):
        return []

    def set_label_text(self, s, **kwargs):
        self.label.set_text(s)

    def get_label_text(self):
        return self.label.get_text()

    def grid(self, visible=True, **kwargs):
        self._grid = _grid_style(kwargs) if visible else None

    def tick_right(self):
        self.axes._right = True

    def tick_left(self):
        self.axes._right = False

    def set_label_position(self, position):
        if position == "right":
            self.axes._right = True

    def _spec(self):
        return {"scale": self._scale, "ticks": self._ticks, "ticklabels": self._ticklabels,
                "label": self.label._spec(), "useoffset": self._useoffset, "sci": self._sci,
                "powerlimits": self._powerlimits, "labelsize": self._labelsize, "rotation": self._rotation,
                "ticklen": self._ticklen, "direction": self._direction, "tickcolor": _rgba(self._tickcolor),
                "labelcolor": _rgba(self._labelcolor), "ticks_on": self._ticks_on, "labels_on": self._labels_on,
                "grid": self._grid}

def _grid_style(kwargs):
    from matplotlib.artist import _dashes
    color = kwargs.get("color", kwargs.get("c", matplotlib.rcParams["grid.color"]))
    alpha = kwargs.get("alpha")
    ls = kwargs.get("linestyle", kwargs.get("ls", matplotlib.rcParams["grid.linestyle"]))
    lw = kwargs.get("linewidth", kwargs.get("lw", matplotlib.rcParams["grid.linewidth"]))
    return {"color": _rgba(color, alpha), "lw": float(lw), "dashes": _dashes(ls) or []}

class _AxisLabel:
    def __init__(self, axes, name):
        self._text = ""
        self._kwargs = {}

    def set_text(self, s):
        self._text = str(s)

    def get_text(self):
        return self._text

    def set_fontsize(self, size):
        self._kwargs["fontsize"] = size

    def set_color(self, c):
        self._kwargs["color"] = c

    def set_rotation(self, r):
        self._kwargs["rotation"] = r

    def _spec(self):
        if not self._text:
            return None
        kw = dict(self._kwargs)
        kw.pop("rotation", None)
        return text_spec(self._text, kw.pop("fontsize", kw.pop("size", "medium")), **kw)

class _Spine:
    def __init__(self, axes, name):
        self.axes = axes
        self.name = name

    def set_visible(self, b):
        if b:
            self.axes._hidden_spines.discard(self.name)
        else:
            self.axes._hidden_spines.add(self.name)

    def set_color(self, c):
        pass

    def set_linewidth(self, w):
        pass

class _Spines:
    def __init__(self, axes):
        self._spines = {}
        for n in ("left", "right", "bottom", "top"):
            self._spines[n] = _Spine(axes, n)

    def __getitem__(self, key):
        if isinstance(key, (list, tuple)):
            return _SpineGroup([self._spines[k] for k in key])
        return self._spines[key]

    def __getattr__(self, name):
        if name in ("left", "right", "bottom", "top"):
            return self._spines[name]
        raise AttributeError(name)

    def values(self):
        return list(self._spines.values())

    def __iter__(self):
        return iter(self._spines)

class _SpineGroup:
    def __init__(self, spines):
        self._spines = spines

    def set_visible(self, b):
        for s in self._spines:
            s.set_visible(b)

    def set_color(self, c):
        pass
