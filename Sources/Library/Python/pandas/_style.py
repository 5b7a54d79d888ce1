"""`DataFrame.style`: a Styler that gives cells CSS properties (`set_properties`) and background
colours from a colormap (`background_gradient`), rendered as the HTML pandas writes, or in a
colour terminal as the frame's text with each cell's background."""
from pandas import _format

_DEFAULT_CMAP = "PuBu"


def _colormap_table(name):
    from pandas import _colormaps
    text = _colormaps.TABLES.get(name)
    if text is None:
        raise ValueError("%r is not a valid value for cmap; supported values are %s"
                         % (name, ", ".join(repr(n) for n in sorted(_colormaps.TABLES))))
    values = [float(v) for v in text.split()]
    return [(values[i], values[i + 1], values[i + 2]) for i in range(0, len(values), 3)]


def _lookup(table, x):
    """matplotlib's Colormap.__call__ on a normalised value: x * N truncated, 1.0 maps to the
    last entry, values outside [0, 1] to the ends."""
    count = len(table)
    if x != x:
        return (0.0, 0.0, 0.0)
    scaled = x * count
    if scaled == count:
        scaled = count - 1
    if scaled < 0:
        return table[0]
    if scaled >= count:
        return table[count - 1]
    return table[int(scaled)]


def _hex(rgb):
    return "#" + "".join(format(round(v * 255), "02x") for v in rgb)


def _relative_luminance(rgb):
    """W3C relative luminance, as pandas computes it to choose the text colour."""
    linear = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _gradient_props(values, cmap, low, high, threshold, vmin, vmax):
    """The background and text colour pandas gives each of `values` (one group normalised
    together), as (property, value) lists."""
    numbers = [v for v in values if v == v]
    smin = min(numbers) if vmin is None else vmin
    smax = max(numbers) if vmax is None else vmax
    rng = smax - smin
    lo, hi = smin - rng * low, smax + rng * high
    table = _colormap_table(cmap)
    out = []
    for v in values:
        normalised = 0.0 if lo == hi else (v - lo) / (hi - lo)
        rgb = _lookup(table, normalised)
        text = "#f1f1f1" if _relative_luminance(rgb) < threshold else "#000000"
        out.append([("background-color", _hex(rgb)), ("color", text)])
    return out


class Styler:
    def __init__(self, data, uuid=None):
        self.data = data
        self._steps = []
        # Five hex digits as pandas' uuid4().hex[:5], mixed from the object's id without touching
        # the user's `random` state (kept small: Tessera's ints are 64-bit).
        self.uuid = uuid if uuid is not None else format((id(self) % 1048573) * 40503 % 1048576, "05x")

    def set_properties(self, subset=None, **kwargs):
        self._steps.append(("properties", subset, list(kwargs.items())))
        return self

    def background_gradient(self, cmap=_DEFAULT_CMAP, low=0, high=0, axis=0, subset=None,
                            text_color_threshold=0.408, vmin=None, vmax=None, gmap=None):
        if not 0 <= text_color_threshold <= 1:
            raise ValueError("`text_color_threshold` must be a value from 0 to 1.")
        if axis not in (0, 1, None, "index", "columns", "rows"):
            raise ValueError("No axis named %r for object type DataFrame" % (axis,))
        self._steps.append(("gradient", subset, (cmap, low, high, axis, text_color_threshold, vmin, vmax)))
        return self

    def _selected_columns(self, subset):
        labels = self.data._labels
        if subset is None:
            return list(range(len(labels)))
        chosen = subset if isinstance(subset, list) else [subset]
        return [i for i, label in enumerate(labels) if label in chosen]

    def _cell_props(self):
        """Each cell's CSS properties in the order the steps gave them: {(row, col): [(p, v)]}."""
        frame = self.data
        props = {}
        rows = list(range(len(frame)))
        for kind, subset, arguments in self._steps:
            cols = self._selected_columns(subset)
            if kind == "properties":
                for r in rows:
                    for c in cols:
                        props.setdefault((r, c), []).extend(arguments)
                continue
            cmap, low, high, axis, threshold, vmin, vmax = arguments
            # Numbers only (bool is not a number here, as in numpy's np.number).
            cols = [c for c in cols if frame._dtypes[c] in _format.NUMERIC_DTYPES and frame._dtypes[c] != "bool"]
            if axis in (0, "index", "rows"):
                groups = [[(r, c) for r in rows] for c in cols]
            elif axis in (1, "columns"):
                groups = [[(r, c) for c in cols] for r in rows]
            else:
                groups = [[(r, c) for r in rows for c in cols]]
            for cells in groups:
                if not cells:
                    continue
                values = [float(frame._columns[c][r]) for r, c in cells]
                for cell, extra in zip(cells, _gradient_props(values, cmap, low, high, threshold, vmin, vmax)):
                    props.setdefault(cell, []).extend(extra)
        return props

    def _display_value(self, value):
        if isinstance(value, float):
            return format(value, ".6f")
        return str(value)

    def to_html(self):
        frame = self.data
        uid = "T_" + self.uuid
        props = self._cell_props()
        groups = []
        selectors = {}
        for r in range(len(frame)):
            for c in range(len(frame._labels)):
                cell = props.get((r, c))
                if not cell:
                    continue
                key = tuple(cell)
                if key not in selectors:
                    selectors[key] = []
                    groups.append(key)
                selectors[key].append("row%d_col%d" % (r, c))
        lines = ['<style type="text/css">']
        for key in groups:
            lines.append(", ".join("#" + uid + "_" + s for s in selectors[key]) + " {")
            lines += ["  %s: %s;" % (p, v) for p, v in key]
            lines.append("}")
        lines += ["</style>", '<table id="%s">' % uid, "  <thead>", "    <tr>",
                  '      <th class="blank level0" >&nbsp;</th>']
        for c, label in enumerate(frame._labels):
            lines.append('      <th id="%s_level0_col%d" class="col_heading level0 col%d" >%s</th>' % (uid, c, c, label))
        lines += ["    </tr>", "  </thead>", "  <tbody>"]
        index_labels = frame.index.tolist()
        for r in range(len(frame)):
            lines.append("    <tr>")
            lines.append('      <th id="%s_level0_row%d" class="row_heading level0 row%d" >%s</th>' % (uid, r, r, index_labels[r]))
            for c in range(len(frame._labels)):
                lines.append('      <td id="%s_row%d_col%d" class="data row%d col%d" >%s</td>'
                             % (uid, r, c, r, c, self._display_value(frame._columns[c][r])))
            lines.append("    </tr>")
        lines += ["  </tbody>", "</table>", ""]
        return "\n".join(lines)

    def _repr_html_(self):
        return self.to_html()

    def to_ansi(self, truecolor=True):
        """The whole frame as text (never cut to a width: the grid is the point) with each styled
        cell on its background colour: 24-bit escapes, or the nearest entry of the 256-colour
        palette when `truecolor` is false."""
        frame = self.data
        props = self._cell_props()
        index_column, _ = _format.fixed_width([""] + [str(x) for x in frame.index.tolist()], "left")
        headers = _format.label_strings(frame._labels)
        columns = [_format._string_column(headers[c], frame._dtypes[c], frame._columns[c])
                   for c in range(len(frame._labels))]
        out = []
        for r in range(len(frame) + 1):
            pieces = [index_column[r]]
            for c, column in enumerate(columns):
                colours = dict(props.get((r - 1, c), [])) if r > 0 else {}
                background = colours.get("background-color")
                if background is None:
                    pieces.append(" " + column[r])
                else:
                    pieces.append(" " + _escape(colours.get("color", "#000000"), False, truecolor)
                                  + _escape(background, True, truecolor) + column[r] + "\x1b[0m")
            out.append("".join(pieces))
        return "\n".join(out)

    def __repr__(self):
        # Tessera's REPL and `tessera run` on a colour terminal say so; elsewhere (CPython, pipes,
        # notebooks, which show `_repr_html_`) this is pandas' plain object repr.
        import sys
        query = getattr(sys, "_tessera_colour_terminal", None)
        colours = query() if query is not None else None
        if colours:
            return self.to_ansi(colours == "truecolor")
        # The low 48 bits: an address in CPython, and never negative (Tessera's ids may be).
        return "<pandas.io.formats.style.Styler object at 0x%x>" % (id(self) & 0xFFFFFFFFFFFF)


def _escape(hex_colour, background, truecolor):
    r, g, b = int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)
    layer = 48 if background else 38
    if truecolor:
        return "\x1b[%d;2;%d;%d;%dm" % (layer, r, g, b)
    return "\x1b[%d;5;%dm" % (layer, _palette_index(r, g, b))


def _palette_index(r, g, b):
    """The nearest xterm 256-colour entry: the 6x6x6 cube or the 24-step grey ramp."""
    if r == g == b:
        if r < 8:
            return 16
        if r > 248:
            return 231
        return 232 + (r - 8) * 24 // 247
    steps = [0, 95, 135, 175, 215, 255]

    def nearest(v):
        return min(range(6), key=lambda i: abs(steps[i] - v))
    return 16 + 36 * nearest(r) + 6 * nearest(g) + nearest(b)
