"""matplotlib.colors: colour specifications and normalisation."""

import _tessera_plot

def to_rgba(c, alpha=None):
    if isinstance(c, str) and c.lower() == "none":
        return (0.0, 0.0, 0.0, 0.0)
    return _tessera_plot.to_rgba(c, alpha)

def to_rgb(c):
    return to_rgba(c)[:3]

def to_hex(c, keep_alpha=False):
    rgba = to_rgba(c)
    parts = rgba if keep_alpha else rgba[:3]
    return "#" + "".join("%02x" % int(round(v * 255)) for v in parts)

def is_color_like(c):
    try:
        to_rgba(c)
        return True
    except (ValueError, TypeError):
        return False

class Normalize:
    def __init__(self, vmin=None, vmax=None, clip=False):
        self.vmin = vmin
        self.vmax = vmax
        self.clip = clip

    def autoscale_None(self, values):
        r = _tessera_plot.finite_range(values)
        if r is not None:
            if self.vmin is None:
                self.vmin = r[0]
            if self.vmax is None:
                self.vmax = r[1]

    def __call__(self, value):
        span = (self.vmax - self.vmin) if self.vmax != self.vmin else 1.0
        if isinstance(value, (int, float)):
            return (value - self.vmin) / span
        return [(v - self.vmin) / span for v in _tessera_plot.floats(value)]

class LogNorm(Normalize):
    pass

class ListedColormap:
    def __init__(self, colors, name="from_list", N=None):
        self.colors = list(colors)
        self.name = name
        self.N = len(self.colors)

    def __call__(self, x, alpha=None):
        if isinstance(x, (int, float)):
            i = int(x) if isinstance(x, int) else min(self.N - 1, max(0, int(x * self.N)))
            return to_rgba(self.colors[min(self.N - 1, max(0, i))], alpha)
        return [self(v, alpha) for v in _tessera_plot.floats(x)]

CSS4_COLORS = {}
BASE_COLORS = {"b": (0, 0, 1), "g": (0, 0.5, 0), "r": (1, 0, 0), "c": (0, 0.75, 0.75), "m": (0.75, 0, 0.75),
               "y": (0.75, 0.75, 0), "k": (0, 0, 0), "w": (1, 1, 1)}
TABLEAU_COLORS = {"tab:blue": "#1f77b4", "tab:orange": "#ff7f0e", "tab:green": "#2ca02c", "tab:red": "#d62728",
                  "tab:purple": "#9467bd", "tab:brown": "#8c564b", "tab:pink": "#e377c2", "tab:gray": "#7f7f7f",
                  "tab:olive": "#bcbd22", "tab:cyan": "#17becf"}
