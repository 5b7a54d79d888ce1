"""matplotlib's artists: Line2D, scatter's PathCollection, patches (bars, wedges, polygons),
AxesImage, Text/Annotation. Each one describes itself to the renderer with `_spec()` and gives
its data limits with `_limits()`."""

import _tessera_plot
from matplotlib.colors import to_rgba
import matplotlib

_DASHES = {"-": [], "solid": [], "--": [3.7, 1.6], "dashed": [3.7, 1.6], ":": [1.0, 1.65], "dotted": [1.0, 1.65],
           "-.": [6.4, 1.6, 1.0, 1.6], "dashdot": [6.4, 1.6, 1.0, 1.6]}
_NO_LINE = ("None", "none", " ", "")
MARKERS = "o.,sDd^v<>+x*phH_|PX"

def _dashes(linestyle):
    """Dash pattern in points at line width 1, or None for no line."""
    if linestyle is None:
        return []
    if isinstance(linestyle, tuple):
        offset, pattern = linestyle
        return [] if pattern is None else [float(v) for v in pattern]
    if linestyle in _NO_LINE:
        return None
    if linestyle not in _DASHES:
        raise ValueError("%r is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'" % (linestyle,))
    return _DASHES[linestyle]

def _marker(marker):
    if marker is None or marker in ("None", "none", " ", ""):
        return None
    if isinstance(marker, str) and len(marker) == 1 and marker in MARKERS:
        return marker
    if marker == "$":
        return "o"
    raise ValueError("Unrecognized marker style %r" % (marker,))

def _range(values):
    if values is None:
        return None
    return _tessera_plot.finite_range(values)

def _rgba(color, alpha=None):
    if color is None:
        return None
    if isinstance(color, str) and color.lower() == "none":
        return (0.0, 0.0, 0.0, 0.0)
    return to_rgba(color, alpha)

class Artist:
    zorder = 1

    def __init__(self):
        self._label = None
        self._visible = True
        self.axes = None
        self.figure = None
        self._alpha = None

    def set_label(self, s):
        self._label = None if s is None else str(s)

    def get_label(self):
        return self._label if self._label is not None else ""

    def set_visible(self, b):
        self._visible = bool(b)

    def get_visible(self):
        return self._visible

    def set_alpha(self, alpha):
        self._alpha = alpha

    def get_alpha(self):
        return self._alpha

    def set_zorder(self, z):
        self.zorder = z

    def set(self, **kwargs):
        for key, value in kwargs.items():
            setter = getattr(self, "set_" + key, None)
            if setter is None:
                raise AttributeError("%s.set() got an unexpected keyword argument '%s'" % (type(self).__name__, key))
            setter(value)

    def remove(self):
        if self.axes is not None:
            self.axes._remove(self)

    def _limits(self):
        return None

    def _spec(self):
        return None

    def _legend_entry(self):
        return None

    def _in_legend(self):
        label = self.get_label()
        return self._visible and label != "" and not label.startswith("_")

class Line2D(Artist):
    zorder = 2

    def __init__(self, xdata, ydata, color=None, linewidth=None, linestyle="-", marker=None, markersize=None,
                 markerfacecolor=None, markeredgecolor=None, markeredgewidth=None, alpha=None, label=None,
                 drawstyle="default", zorder=None, **kwargs):
        Artist.__init__(self)
        self._x = xdata
        self._y = ydata
        self._color = color if color is not None else "C0"
        self._lw = matplotlib.rcParams["lines.linewidth"] if linewidth is None else float(linewidth)
        self._ls = linestyle
        _dashes(linestyle)
        self._marker = _marker(marker)
        self._ms = matplotlib.rcParams["lines.markersize"] if markersize is None else float(markersize)
        self._mfc = markerfacecolor
        self._mec = markeredgecolor
        self._mew = matplotlib.rcParams["lines.markeredgewidth"] if markeredgewidth is None else float(markeredgewidth)
        self._alpha = alpha
        self._drawstyle = drawstyle or "default"
        self._coords = ("data", "data")
        self._label = None if label is None else str(label)
        if zorder is not None:
            self.zorder = zorder

    def __repr__(self):
        return "Line2D(%s)" % self.get_label()

    def get_xdata(self, orig=True):
        return self._x

    def get_ydata(self, orig=True):
        return self._y

    def get_data(self, orig=True):
        return (self._x, self._y)

    def set_data(self, *args):
        if len(args) == 1:
            args = args[0]
        self._x, self._y = args[0], args[1]

    def set_xdata(self, x):
        self._x = x

    def set_ydata(self, y):
        self._y = y

    def get_color(self):
        return self._color

    def set_color(self, c):
        _rgba(c)
        self._color = c

    def get_linewidth(self):
        return self._lw

    def set_linewidth(self, w):
        self._lw = float(w)

    set_lw = set_linewidth

    def get_linestyle(self):
        return self._ls

    def set_linestyle(self, ls):
        _dashes(ls)
        self._ls = ls

    set_ls = set_linestyle

    def get_marker(self):
        return self._marker if self._marker is not None else "None"

    def set_marker(self, m):
        self._marker = _marker(m)

    def set_markersize(self, s):
        self._ms = float(s)

    def set_markerfacecolor(self, c):
        self._mfc = c

    def set_drawstyle(self, d):
        self._drawstyle = d

    def _limits(self):
        if self._coords != ("data", "data"):
            if self._coords[0] == "axes":
                yr = _range(self._y)
                return None if yr is None else (None, None, yr[0], yr[1])
            xr = _range(self._x)
            return None if xr is None else (xr[0], xr[1], None, None)
        xr, yr = _range(self._x), _range(self._y)
        if xr is None or yr is None:
            return None
        return (xr[0], xr[1], yr[0], yr[1])

    def _style(self):
        color = _rgba(self._color, self._alpha)
        dashes = _dashes(self._ls)
        return {"color": color, "lw": self._lw, "dashes": dashes or [], "drawline": dashes is not None,
                "marker": self._marker, "ms": self._ms, "mfc": _rgba(self._mfc, self._alpha),
                "mec": _rgba(self._mec, self._alpha), "mew": self._mew}

    def _spec(self):
        spec = self._style()
        spec.update({"kind": "line", "x": self._x, "y": self._y, "drawstyle": self._drawstyle,
                     "xcoords": self._coords[0], "ycoords": self._coords[1]})
        return spec

    def _legend_entry(self):
        entry = self._style()
        entry["handle"] = "line"
        return entry

class ScalarMappable:
    """What a colorbar reads: the colormap and the value range."""

    def _init_mappable(self, cmap, vmin, vmax, values):
        import matplotlib.cm as cm
        self.cmap = cm.get_cmap(cm._name(cmap))
        self._A = values
        self.norm = matplotlib.colors.Normalize(vmin, vmax)
        if values is not None:
            self.norm.autoscale_None(values)
        self.colorbar = None

    def get_cmap(self):
        return self.cmap

    def set_cmap(self, cmap):
        import matplotlib.cm as cm
        self.cmap = cm.get_cmap(cm._name(cmap))

    def get_clim(self):
        return (self.norm.vmin, self.norm.vmax)

    def set_clim(self, vmin=None, vmax=None):
        if isinstance(vmin, (tuple, list)):
            vmin, vmax = vmin
        if vmin is not None:
            self.norm.vmin = vmin
        if vmax is not None:
            self.norm.vmax = vmax

    def get_array(self):
        return self._A

    def set_array(self, values):
        self._A = values

    def _levels(self):
        return None

class PathCollection(Artist, ScalarMappable):
    """scatter's points: per-point sizes (points squared) and colours, or values through a colormap."""

    def __init__(self, x, y, s, colors, values, cmap, vmin, vmax, marker, alpha, edgecolors, linewidths, label):
        Artist.__init__(self)
        self._x = x
        self._y = y
        self._s = s
        self._colors = colors
        self._init_mappable(cmap, vmin, vmax, values)
        self._marker = _marker(marker) or "o"
        self._alpha = alpha
        self._edgecolors = edgecolors
        self._lw = linewidths
        self._label = None if label is None else str(label)

    def get_offsets(self):
        return list(zip(_tessera_plot.floats(self._x), _tessera_plot.floats(self._y)))

    def set_offsets(self, offsets):
        self._x = [p[0] for p in offsets]
        self._y = [p[1] for p in offsets]

    def get_sizes(self):
        return self._s

    def set_sizes(self, s):
        self._s = s

    def get_facecolor(self):
        return self._faces()

    get_facecolors = get_facecolor

    def set_color(self, c):
        self._colors = [_rgba(c)]
        self._A = None

    set_facecolor = set_color

    def _limits(self):
        xr, yr = _range(self._x), _range(self._y)
        if xr is None or yr is None:
            return None
        return (xr[0], xr[1], yr[0], yr[1])

    def _faces(self):
        if self._A is not None:
            lo, hi = self.norm.vmin, self.norm.vmax
            span = (hi - lo) if hi != lo else 1.0
            fractions = [(v - lo) / span for v in _tessera_plot.floats(self._A)]
            faces = _tessera_plot.colormap(self.cmap.name, fractions)
        else:
            faces = self._colors
        if self._alpha is not None:
            faces = [(c[0], c[1], c[2], self._alpha) for c in faces]
        return faces

    def _spec(self):
        faces = self._faces()
        edges = None
        ec = self._edgecolors
        if ec is not None and not (isinstance(ec, str) and ec == "face"):
            if isinstance(ec, str) or (isinstance(ec, tuple) and len(ec) in (3, 4) and isinstance(ec[0], (int, float))):
                edges = [_rgba(ec, self._alpha)]
            else:
                edges = [_rgba(c, self._alpha) for c in ec]
        sizes = self._s
        if isinstance(sizes, (int, float)):
            sizes = [float(sizes)]
        lw = self._lw if self._lw is not None else 1.0
        if not isinstance(lw, (int, float)):
            lw = list(lw)[0]
        return {"kind": "scatter", "x": self._x, "y": self._y, "s": sizes, "faces": faces, "edges": edges,
                "lw": lw, "marker": self._marker}

    def _legend_entry(self):
        faces = self._faces()
        face = faces[0] if len(faces) else (0, 0, 0, 1)
        sizes = [self._s] if isinstance(self._s, (int, float)) else list(_tessera_plot.floats(self._s))
        size = 0.5 * (max(sizes) + min(sizes)) if sizes else 36.0
        spec = self._spec()
        edges = spec["edges"]
        return {"handle": "points", "marker": self._marker, "face": face, "edge": edges[0] if edges else None,
                "size": size ** 0.5, "lw": spec["lw"]}

class Patch(Artist):
    """A filled polygon: bars (Rectangle), pie wedges, fill_between areas (Polygon)."""

    def __init__(self, xs, ys, facecolor, edgecolor=None, linewidth=None, alpha=None, label=None, fill=True, hatch=None):
        Artist.__init__(self)
        self._xs = xs
        self._ys = ys
        self._fc = facecolor
        self._ec = edgecolor
        self._lw = matplotlib.rcParams["patch.linewidth"] if linewidth is None else float(linewidth)
        self._alpha = alpha
        self._fill = fill
        self._label = None if label is None else str(label)

    def get_facecolor(self):
        return _rgba(self._fc, self._alpha) if self._fill else (0.0, 0.0, 0.0, 0.0)

    def set_facecolor(self, c):
        self._fc = c

    set_color = set_facecolor

    def get_edgecolor(self):
        return _rgba(self._ec, self._alpha) if self._ec is not None else (0.0, 0.0, 0.0, 0.0)

    def set_edgecolor(self, c):
        self._ec = c

    def set_hatch(self, h):
        pass

    def set_linewidth(self, w):
        self._lw = float(w)

    def _limits(self):
        xr, yr = _range(self._xs), _range(self._ys)
        if xr is None or yr is None:
            return None
        return (xr[0], xr[1], yr[0], yr[1])

    def _spec(self):
        face = _rgba(self._fc, self._alpha) if self._fill else None
        edge = _rgba(self._ec, self._alpha if self._fill else None) if self._ec is not None else None
        return {"kind": "polygons", "polygons": [(self._xs, self._ys)], "faces": [face], "edge": edge, "lw": self._lw,
                "closed": getattr(self, "_closed", True), "rectangle": isinstance(self, Rectangle)}

    def _legend_entry(self):
        face = _rgba(self._fc, self._alpha) if self._fill else None
        edge = _rgba(self._ec, self._alpha) if self._ec is not None else None
        return {"handle": "patch", "face": face, "edge": edge}

class Rectangle(Patch):
    def __init__(self, xy, width, height, facecolor="C0", edgecolor=None, linewidth=None, alpha=None, label=None, **kwargs):
        x, y = xy
        Patch.__init__(self, [x, x + width, x + width, x], [y, y, y + height, y + height], facecolor, edgecolor,
                       linewidth, alpha, label, kwargs.get("fill", True))
        self._xy = (x, y)
        self._width = width
        self._height = height

    def get_x(self):
        return self._xy[0]

    def get_y(self):
        return self._xy[1]

    def get_width(self):
        return self._width

    def get_height(self):
        return self._height

    def get_xy(self):
        return self._xy

    def set_height(self, h):
        self.__init__(self._xy, self._width, h, self._fc, self._ec, self._lw, self._alpha, self._label)

class Polygon(Patch):
    def __init__(self, xy, closed=True, facecolor="C0", edgecolor=None, linewidth=None, alpha=None, label=None, **kwargs):
        Patch.__init__(self, [p[0] for p in xy], [p[1] for p in xy], facecolor, edgecolor, linewidth, alpha, label,
                       kwargs.get("fill", True))

class Circle(Patch):
    def __init__(self, xy, radius=5, facecolor="C0", edgecolor=None, linewidth=None, alpha=None, label=None, **kwargs):
        import math
        xs = [xy[0] + radius * math.cos(2 * math.pi * k / 72) for k in range(72)]
        ys = [xy[1] + radius * math.sin(2 * math.pi * k / 72) for k in range(72)]
        Patch.__init__(self, xs, ys, kwargs.get("color", facecolor), edgecolor, linewidth, alpha, label, kwargs.get("fill", True))

class LineCollection(Artist):
    """Separate segments in one style: hlines/vlines, error bars, contour lines."""
    zorder = 2

    def __init__(self, segments, colors, linewidth=1.5, linestyle="-", label=None):
        Artist.__init__(self)
        self._segments = segments
        self._colors = colors
        self._lw = linewidth
        self._ls = linestyle
        self._label = None if label is None else str(label)

    def _limits(self):
        xs, ys = [], []
        for sx, sy in self._segments:
            xs.extend(_tessera_plot.floats(sx))
            ys.extend(_tessera_plot.floats(sy))
        xr, yr = _range(xs), _range(ys)
        if xr is None or yr is None:
            return None
        return (xr[0], xr[1], yr[0], yr[1])

    def _spec(self):
        return {"kind": "segments", "segments": self._segments, "colors": [_rgba(c, self._alpha) for c in self._colors],
                "lw": self._lw, "dashes": _dashes(self._ls) or []}

    def _legend_entry(self):
        return {"handle": "line", "color": _rgba(self._colors[0] if self._colors else "k", self._alpha), "lw": self._lw,
                "dashes": _dashes(self._ls) or []}

class AxesImage(Artist, ScalarMappable):
    zorder = 0

    def __init__(self, data, cmap, vmin, vmax, extent, origin, alpha, interpolation=None):
        Artist.__init__(self)
        self._data = data
        self._rgb = _shape(data)[2:] in ([3], [4])
        self._init_mappable(cmap, vmin, vmax, None if self._rgb else data)
        self._extent = extent
        self._origin = origin or "upper"
        self._alpha = alpha

    def get_extent(self):
        if self._extent is not None:
            return tuple(self._extent)
        shape = _shape(self._data)
        h, w = shape[0], shape[1]
        if self._origin == "lower":
            return (-0.5, w - 0.5, -0.5, h - 0.5)
        return (-0.5, w - 0.5, h - 0.5, -0.5)

    def set_data(self, data):
        self._data = data

    def _limits(self):
        l, r, b, t = self.get_extent()
        return (min(l, r), max(l, r), min(b, t), max(b, t))

    def _spec(self):
        return {"kind": "image", "data": self._data, "cmap": self.cmap.name, "vmin": self.norm.vmin, "vmax": self.norm.vmax,
                "extent": self._extent, "origin": self._origin, "alpha": 1.0 if self._alpha is None else self._alpha}

def _shape(data):
    shape = getattr(data, "shape", None)
    if shape is not None:
        return list(shape)
    rows = list(data)
    if not rows:
        return [0]
    first = rows[0]
    if isinstance(first, (list, tuple)):
        inner = list(first)
        if inner and isinstance(inner[0], (list, tuple)):
            return [len(rows), len(inner), len(inner[0])]
        return [len(rows), len(inner)]
    return [len(rows)]

class Text(Artist):
    zorder = 3

    def __init__(self, x, y, s, fontsize=None, color="black", ha="left", va="baseline", rotation=0, weight="normal",
                 coords="data", label=None):
        Artist.__init__(self)
        self._x = x
        self._y = y
        self._text = "" if s is None else str(s)
        self._size = matplotlib._font_size(fontsize)
        self._color = color
        self._ha = ha
        self._va = va
        self._rotation = _rotation(rotation)
        self._weight = weight
        self._coords = coords
        self._arrow = None
        self._box = None

    def __repr__(self):
        return "Text(%r, %r, %r)" % (self._x, self._y, self._text)

    def get_text(self):
        return self._text

    def set_text(self, s):
        self._text = str(s)

    def set_fontsize(self, size):
        self._size = matplotlib._font_size(size)

    set_size = set_fontsize

    def set_color(self, c):
        self._color = c

    def set_rotation(self, r):
        self._rotation = _rotation(r)

    def set_ha(self, ha):
        self._ha = ha

    set_horizontalalignment = set_ha

    def set_position(self, xy):
        self._x, self._y = xy

    def get_position(self):
        return (self._x, self._y)

    def _text_spec(self):
        return {"s": self._text, "size": self._size, "color": _rgba(self._color, self._alpha), "ha": self._ha,
                "va": self._va, "rotation": self._rotation, "weight": self._weight}

    def _spec(self):
        spec = {"kind": "text", "text": self._text_spec(), "x": self._x, "y": self._y, "coords": self._coords, "box": self._box}
        if self._arrow is not None:
            spec.update(self._arrow)
        return spec

def _rotation(r):
    if r is None or r == "horizontal":
        return 0.0
    if r == "vertical":
        return 90.0
    return float(r)

def text_spec(s, size, **kwargs):
    spec = {"s": str(s), "size": matplotlib._font_size(size), "color": _rgba(kwargs.get("color", "black")),
            "ha": kwargs.get("ha", kwargs.get("horizontalalignment", "center")),
            "va": kwargs.get("va", kwargs.get("verticalalignment", "baseline")),
            "rotation": _rotation(kwargs.get("rotation", 0)),
            "weight": kwargs.get("fontweight", kwargs.get("weight", "normal"))}
    return spec
