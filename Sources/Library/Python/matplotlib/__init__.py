"""matplotlib for Tessera: the object model people script against (Figure, Axes, Line2D,
collections, images, Text, Legend) in Python, drawn by the native renderer (_tessera_plot, Cairo)
with matplotlib's default rcParams."""

__version__ = "3.11.2"

rcParams = dict({
    "figure.figsize": [6.4, 4.8],
    "figure.dpi": 100.0,
    "savefig.dpi": "figure",
    "figure.facecolor": "white",
    "figure.subplot.left": 0.125,
    "figure.subplot.right": 0.9,
    "figure.subplot.bottom": 0.11,
    "figure.subplot.top": 0.88,
    "figure.subplot.wspace": 0.2,
    "figure.subplot.hspace": 0.2,
    "figure.titlesize": "large",
    "font.size": 10.0,
    "font.family": ["sans-serif"],
    "font.sans-serif": ["DejaVu Sans"],
    "axes.titlesize": "large",
    "axes.labelsize": "medium",
    "axes.linewidth": 0.8,
    "axes.grid": False,
    "axes.xmargin": 0.05,
    "axes.ymargin": 0.05,
    "axes.unicode_minus": True,
    "axes.formatter.limits": [-5, 6],
    "axes.formatter.useoffset": True,
    "axes.facecolor": "white",
    "axes.edgecolor": "black",
    "lines.linewidth": 1.5,
    "lines.markersize": 6.0,
    "lines.markeredgewidth": 1.0,
    "lines.linestyle": "-",
    "patch.linewidth": 1.0,
    "image.cmap": "viridis",
    "legend.fontsize": "medium",
    "legend.loc": "best",
    "legend.frameon": True,
    "xtick.labelsize": "medium",
    "ytick.labelsize": "medium",
    "xtick.major.size": 3.5,
    "ytick.major.size": 3.5,
    "grid.color": "#b0b0b0",
    "grid.linewidth": 0.8,
    "grid.linestyle": "-",
    "hist.bins": 10,
    "errorbar.capsize": 0.0,
    "scatter.edgecolors": "face",
})
rcParamsDefault = dict(rcParams)

_FONT_SCALINGS = {"xx-small": 0.579, "x-small": 0.694, "small": 0.833, "medium": 1.0,
                  "large": 1.2, "x-large": 1.44, "xx-large": 1.728, "larger": 1.2, "smaller": 0.833}

def _font_size(size, default="medium"):
    if size is None:
        size = default
    if isinstance(size, str):
        return rcParams["font.size"] * _FONT_SCALINGS.get(size, 1.0)
    return float(size)

def use(backend, force=True):
    return None

def get_backend():
    return "module://matplotlib_inline.backend_inline"

def rc(group, **kwargs):
    aliases = {"lw": "linewidth", "ls": "linestyle", "c": "color", "fc": "facecolor", "ec": "edgecolor",
               "mew": "markeredgewidth", "aa": "antialiased"}
    groups = (group,) if isinstance(group, str) else group
    for g in groups:
        for k, v in kwargs.items():
            rcParams[g + "." + aliases.get(k, k)] = v

def rcdefaults():
    rcParams.clear()
    rcParams.update(rcParamsDefault)

class _RcContext:
    def __init__(self, rc=None):
        self._saved = dict(rcParams)
        if rc:
            rcParams.update(rc)
    def __enter__(self):
        return self
    def __exit__(self, *args):
        rcParams.clear()
        rcParams.update(self._saved)
        return False

def rc_context(rc=None, fname=None):
    return _RcContext(rc)

from matplotlib import colors
from matplotlib import cm
from matplotlib.cm import colormaps
