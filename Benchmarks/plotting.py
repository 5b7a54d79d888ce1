# Plot workloads: pyplot figures drawn and saved as PNG, the same code under tessera and under
# CPython with matplotlib (Agg backend). Each timed call builds a new figure, draws it, writes
# the PNG and closes the figure; the check is the saved PNG's pixel size.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import make_bench

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image

bench = make_bench(lambda size: "%dx%d" % size)
# The sides run one after another, so one file serves both.
path = "/tmp/tessera-plot-bench.png"


def saved_size():
    return Image.open(path).size


def line_plot(x, y):
    def run():
        fig, ax = plt.subplots()
        ax.plot(x, y)
        fig.savefig(path)
        plt.close(fig)
        return saved_size()
    return run


def digits_grid(images):
    def run():
        fig, axs = plt.subplots(10, 10, figsize=(10, 10))
        for image, ax in zip(images, axs.flat):
            ax.imshow(image, cmap="gray")
            ax.axis("off")
        fig.savefig(path)
        plt.close(fig)
        return saved_size()
    return run


def scatter_plot(x, y):
    def run():
        fig, ax = plt.subplots()
        ax.scatter(x, y, s=4)
        fig.savefig(path)
        plt.close(fig)
        return saved_size()
    return run


for n, name in ((10 ** 5, "plot.line_100k"), (10 ** 6, "plot.line_1M")):
    x = np.linspace(0, 1000, n)
    y = np.sin(x) + np.sin(x * 0.1) * 2
    bench(name, line_plot(x, y), repeat=5, quick_repeat=2)

# 100 digit-like 28x28 images (rings of different radii), as an MNIST grid looks to the renderer.
grid = np.linspace(-1, 1, 28)
X, Y = np.meshgrid(grid, grid)
R = np.sqrt(X * X + Y * Y)
images = [np.exp(-((R - 0.3 - 0.005 * k) ** 2) * 40) for k in range(100)]
bench("plot.imshow_grid_100", digits_grid(images), repeat=5, quick_repeat=2)

x = np.linspace(0, 1, 10000)
bench("plot.scatter_10k", scatter_plot(x, np.sin(x * 50)), repeat=5, quick_repeat=2)
