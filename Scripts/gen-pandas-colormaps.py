#!/usr/bin/env python3
"""Writes Sources/Library/Python/pandas/_colormaps.py: matplotlib's 256-entry lookup tables of the
colormaps `Styler.background_gradient` is commonly given, so that Tessera's pandas picks exactly
the colours pandas (through matplotlib) picks.

    /tmp/torchenv/bin/python Scripts/gen-pandas-colormaps.py
"""
import os

import matplotlib
import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TARGET = os.path.join(ROOT, "Sources", "Library", "Python", "pandas", "_colormaps.py")
NAMES = ["Greys", "Blues", "Greens", "Reds", "Oranges", "Purples", "PuBu", "BuGn", "YlGn", "YlOrRd",
         "viridis", "plasma", "inferno", "magma", "cividis", "gray", "binary", "coolwarm", "RdBu",
         "Greys_r", "gray_r", "viridis_r", "Blues_r"]


def main():
    lines = ['"""matplotlib %s\'s colormap lookup tables (256 RGB entries each, as repr floats), written by'
             % matplotlib.__version__,
             'Scripts/gen-pandas-colormaps.py; do not edit."""', "", "TABLES = {"]
    for name in NAMES:
        cmap = matplotlib.colormaps[name]
        assert cmap.N == 256
        rgba = cmap(np.arange(256))
        text = " ".join(repr(float(v)) for row in rgba for v in row[:3])
        lines.append("    %r: %r," % (name, text))
    lines.append("}")
    with open(TARGET, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote " + TARGET)


if __name__ == "__main__":
    main()
