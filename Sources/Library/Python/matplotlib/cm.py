"""matplotlib.cm: named colormaps (lookup tables generated from matplotlib, in the renderer)."""

import _tessera_plot

class Colormap:
    def __init__(self, name):
        self.name = name
        self.N = _tessera_plot.colormap_size(name)

    def __call__(self, x, alpha=None):
        if isinstance(x, int) and not isinstance(x, bool):
            x = (x + 0.5) / self.N
        if isinstance(x, (int, float)):
            rgba = _tessera_plot.colormap(self.name, [x])[0]
            return rgba if alpha is None else (rgba[0], rgba[1], rgba[2], alpha)
        return [tuple(c) for c in _tessera_plot.colormap(self.name, x)]

    def reversed(self):
        return Colormap(self.name[:-2] if self.name.endswith("_r") else self.name + "_r")

    def __repr__(self):
        return "<matplotlib.colors.ListedColormap object>"

class _Registry:
    def __getitem__(self, name):
        _tessera_plot.colormap(name, [])
        return Colormap(name)

    def get_cmap(self, name):
        return self[name]

    def __contains__(self, name):
        try:
            _tessera_plot.colormap(name, [])
            return True
        except ValueError:
            return False

    def __iter__(self):
        return iter(_tessera_plot.colormap_names())

colormaps = _Registry()

def get_cmap(name=None, lut=None):
    return colormaps[name or "viridis"]

def _name(cmap):
    """The colormap's name for the renderer: a name, a Colormap, or None (the default)."""
    if cmap is None:
        import matplotlib
        return matplotlib.rcParams["image.cmap"]
    if isinstance(cmap, str):
        _tessera_plot.colormap(cmap, [])
        return cmap
    return getattr(cmap, "name", "viridis")

viridis = Colormap("viridis")
plasma = Colormap("plasma")
inferno = Colormap("inferno")
magma = Colormap("magma")
cividis = Colormap("cividis")
Greys = Colormap("Greys")
gray = Colormap("gray")
binary = Colormap("binary")
hot = Colormap("hot")
coolwarm = Colormap("coolwarm")
RdBu = Colormap("RdBu")
jet = Colormap("jet")
Blues = Colormap("Blues")
Reds = Colormap("Reds")
Greens = Colormap("Greens")
tab10 = Colormap("tab10")
tab20 = Colormap("tab20")
rainbow = Colormap("rainbow")
