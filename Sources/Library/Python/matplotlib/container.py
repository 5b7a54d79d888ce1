"""matplotlib.container: what bar(), hist(), fill_between(), errorbar() and contour() return."""

import matplotlib

class BarContainer:
    """The bars of one bar() or hist() call: a sequence of Rectangles."""

    def __init__(self, patches, label=None):
        self.patches = list(patches)
        self._label = label

    def __getitem__(self, i):
        return self.patches[i]

    def __len__(self):
        return len(self.patches)

    def __iter__(self):
        return iter(self.patches)

    def get_label(self):
        return self._label

    def _legend_entry(self):
        return self.patches[0]._legend_entry() if self.patches else None

    def remove(self):
        for p in self.patches:
            p.remove()

class PolyCollection:
    def __init__(self, patches, label):
        self.patches = patches
        self._label = label

    def get_label(self):
        return self._label or ""

    def _legend_entry(self):
        return self.patches[0]._legend_entry() if self.patches else None

    def set_alpha(self, a):
        for p in self.patches:
            p.set_alpha(a)

    def set_facecolor(self, c):
        for p in self.patches:
            p.set_facecolor(c)

    def remove(self):
        for p in self.patches:
            p.remove()

class ErrorbarContainer:
    """errorbar's result: (data line, caps, error-bar lines), unpackable like matplotlib's."""

    def __init__(self, line, lc, label=None):
        self.lines = (line, (), (lc,))

    def __getitem__(self, i):
        return self.lines[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self.lines)

class ContourSet:
    def __init__(self, axes, levels, filled, cmap):
        import matplotlib.cm as cm
        self.axes = axes
        self.levels = levels
        self.filled = filled
        self.cmap = cm.get_cmap(cm._name(cmap))
        self.norm = matplotlib.colors.Normalize(levels[0], levels[-1])
        self._artists = []
        self.colorbar = None

    def get_clim(self):
        return (self.levels[0], self.levels[-1])

    def _levels(self):
        return self.levels
