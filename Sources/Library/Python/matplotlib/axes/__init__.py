from matplotlib.axes._axes import Axes

Subplot = Axes
SubplotBase = Axes
