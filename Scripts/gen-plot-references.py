#!/usr/bin/env python3
"""Draws every plotting script of Tests/PlotTests/Corpus with real matplotlib (Agg backend) and
writes the references Tessera's image-comparison test (LibraryTests.PlotCorpusTests) compares
with: Tests/PlotTests/References/<script>.png, the figure in 8-bit grayscale downscaled 2x (box
average), and references.json with each figure's full pixel size (which Tessera must match
exactly) and the SSIM threshold.

A script runs as `exec` in a fresh namespace after plt.close('all'); the figure is then saved with
`plt.gcf().savefig(path)` at its own dpi, exactly as the test does in Tessera.

The comparison (the same code as the Swift test): both images to grayscale (ITU-R 601 luma over
white), box-averaged 4x from full size (2x more from the stored reference), smoothed by a 3x3 box
blur applied twice, then the SSIM map over 7x7 uniform windows (K1 0.01, K2 0.03, as
scikit-image's defaults) averaged over tiles of 16x16 windows (a tile every 8): the score is the
worst tile. A mean over the whole image does not work for plots: they are mostly white, and a
missing legend or title changes too few windows to move the mean below what a change of dpi does.

Calibration (`--calibrate`): renders variants with matplotlib itself and prints their SSIM
against the references: the same plot at dpi 80 and 125 and with another font (DejaVu Serif),
rescaled to the reference size, must stay above the threshold; the plot with its legend, title,
markers or dashes removed must fall below it. The threshold in references.json was chosen
between the two groups from that output.

Run (from the repository root): /tmp/torchenv/bin/python Scripts/gen-plot-references.py [--calibrate]
"""
import io
import json
import os
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CORPUS = os.path.join(ROOT, "Tests/PlotTests/Corpus")
REFERENCES = os.path.join(ROOT, "Tests/PlotTests/References")
THRESHOLD = 0.91
TILE = 16

def render(source, name, rc=None, dpi=None):
    plt.close("all")
    matplotlib.rcdefaults()
    if rc:
        matplotlib.rcParams.update(rc)
    namespace = {"__name__": "__main__"}
    exec(compile(source, name, "exec"), namespace)
    buffer = io.BytesIO()
    fig = plt.gcf()
    fig.savefig(buffer, format="png", dpi=dpi if dpi else "figure")
    plt.close("all")
    matplotlib.rcdefaults()
    buffer.seek(0)
    return Image.open(buffer).convert("RGBA")

def gray(image):
    rgba = np.asarray(image, dtype=np.float64)
    alpha = rgba[..., 3:4] / 255.0
    rgb = rgba[..., :3] * alpha + 255.0 * (1 - alpha)
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114

def box(values, factor):
    h, w = values.shape[0] // factor * factor, values.shape[1] // factor * factor
    v = values[:h, :w]
    return v.reshape(h // factor, factor, w // factor, factor).mean(axis=(1, 3))

def stored(image):
    """The reference as stored: grayscale, 2x box average, rounded to 8 bits."""
    return np.clip(np.round(box(gray(image), 2)), 0, 255).astype(np.uint8)

def blur(x):
    for _ in range(2):
        p = np.pad(x, 1, mode="edge")
        x = sum(p[dy:dy + x.shape[0], dx:dx + x.shape[1]] for dy in range(3) for dx in range(3)) / 9.0
    return x

def ssim(a, b, window=7):
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    def mean_filter(x):
        # Sum over each window by cumulative sums: (H - w + 1) x (W - w + 1) windows.
        s = np.cumsum(np.cumsum(np.pad(x, ((1, 0), (1, 0))), axis=0), axis=1)
        total = s[window:, window:] - s[:-window, window:] - s[window:, :-window] + s[:-window, :-window]
        return total / (window * window)
    n = window * window
    ma, mb = mean_filter(a), mean_filter(b)
    va = (mean_filter(a * a) - ma * ma) * n / (n - 1)
    vb = (mean_filter(b * b) - mb * mb) * n / (n - 1)
    cov = (mean_filter(a * b) - ma * mb) * n / (n - 1)
    s = ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2))
    h, w = s.shape
    worst = 1.0
    for y in range(0, max(1, h - TILE // 2), TILE // 2):
        for x in range(0, max(1, w - TILE // 2), TILE // 2):
            worst = min(worst, float(s[y:y + TILE, x:x + TILE].mean()))
    return worst

def compare(reference_stored, image):
    """SSIM of a full-size rendering against a stored reference, as the Swift test computes it."""
    candidate = np.clip(np.round(box(gray(image), 2)), 0, 255).astype(np.uint8)
    return ssim(blur(box(reference_stored.astype(np.float64), 2)), blur(box(candidate.astype(np.float64), 2)))

def scripts():
    return sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".py"))

def main():
    os.makedirs(REFERENCES, exist_ok=True)
    manifest = {"matplotlib": matplotlib.__version__, "threshold": THRESHOLD, "downscale": 4, "window": 7, "sizes": {}}
    for name in scripts():
        source = open(os.path.join(CORPUS, name + ".py")).read()
        image = render(source, name)
        manifest["sizes"][name] = [image.width, image.height]
        Image.fromarray(stored(image), mode="L").save(os.path.join(REFERENCES, name + ".png"), optimize=True)
    with open(os.path.join(REFERENCES, "references.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d references" % len(manifest["sizes"]))

# Variants for calibration: (script, description, text to remove or replace).
NEGATIVE = [
    ("03_two_lines_legend", "no legend", "plt.legend()", ""),
    ("43_legend_loc", "no legend", "plt.legend(loc='lower right', title='lines')", ""),
    ("02_line_labels", "no title", 'plt.title("Signal over time")', ""),
    ("12_bar", "no title", "plt.title('Fruit')", ""),
    ("06_fmt_strings", "no markers", "'r--o'", "'r--'"),
    ("05_markers", "no markers", "marker=m", "marker=None"),
    ("04_linestyles", "no dashes", "linestyle=ls", "linestyle='-'"),
    ("11_scatter_markers", "no legend", "plt.legend()", ""),
    ("27_subplots_2x2", "no title", "axs[0, 0].set_title('up')", ""),
]

def calibrate():
    manifest = json.load(open(os.path.join(REFERENCES, "references.json")))
    positives = []
    for name in scripts():
        source = open(os.path.join(CORPUS, name + ".py")).read()
        ref = np.asarray(Image.open(os.path.join(REFERENCES, name + ".png")), dtype=np.float64)
        size = tuple(manifest["sizes"][name])
        for label, dpi, rc in (("dpi 80", 80, None), ("dpi 125", 125, None), ("serif font", None, {"font.family": "DejaVu Serif"})):
            image = render(source, name, rc=rc, dpi=dpi)
            if image.size != size:
                image = image.resize(size, Image.BILINEAR)
            positives.append((compare(ref, image), name, label))
    negatives = []
    for name, label, old, new in NEGATIVE:
        source = open(os.path.join(CORPUS, name + ".py")).read()
        assert old in source, (name, old)
        ref = np.asarray(Image.open(os.path.join(REFERENCES, name + ".png")), dtype=np.float64)
        negatives.append((compare(ref, render(source.replace(old, new), name)), name, label))
    positives.sort()
    negatives.sort()
    print("lowest positives (must pass):")
    for s, n, l in positives[:8]:
        print("  %.4f %s %s" % (s, n, l))
    print("negatives (must fail):")
    for s, n, l in negatives:
        print("  %.4f %s %s" % (s, n, l))

if __name__ == "__main__":
    if "--calibrate" in sys.argv:
        calibrate()
    else:
        main()
