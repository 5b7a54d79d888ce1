#!/usr/bin/env python3
"""Writes Tests/PlotTests/Fixtures/ticks.json from real matplotlib: for each view interval, the
x axis of a default figure (640x480 at dpi 100: MaxNLocator with 9 bins) gives its visible tick
locations, their labels (ScalarFormatter, Unicode minus) and the offset text ("1e6", "+1e3").

Run: /tmp/torchenv/bin/python Scripts/gen-plot-tick-fixtures.py
"""
import json
import os

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
VIEWS = [(0, 1), (0, 10), (-1, 1), (0.85, 16.15), (-0.2, 4.2), (3.45e-6, 3.1e-5), (9.5e5, 2.68e6), (1000.08, 1000.52),
         (-5.4, 3.4), (0, 2 * 3.141592653589793), (1e-3, 1.2e-3), (-2.5e7, 1e7), (0.51, 2.49), (123456, 123789),
         (-0.0003, 0.0007), (1.5, 1.5000001), (0, 100000), (-1e-9, 1e-9)]

cases = []
for lo, hi in VIEWS:
    fig, ax = plt.subplots()
    ax.set_xlim(lo, hi)
    fig.canvas.draw()
    lo2, hi2 = ax.get_xlim()
    ticks = [t for t in ax.xaxis.get_majorticklocs() if min(lo2, hi2) - 1e-10 * abs(hi2 - lo2) <= t <= max(lo2, hi2) + 1e-10 * abs(hi2 - lo2)]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    cases.append({"view": [lo2, hi2], "all": [float(t) for t in ax.xaxis.get_majorticklocs()], "ticks": [float(t) for t in ticks],
                  "labels": labels, "offset": ax.xaxis.get_major_formatter().get_offset()})
    plt.close(fig)
path = os.path.join(ROOT, "Tests/PlotTests/Fixtures/ticks.json")
with open(path, "w") as f:
    json.dump({"matplotlib": matplotlib.__version__, "cases": cases}, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("wrote", path)
