"""fastbook: the book's helper module; everything of fastai.vision.all."""

from fastai.vision.all import *
import graphviz

def setup_book():
    return None

def gv(s): return graphviz.Source('digraph G{ rankdir="LR"' + s + '; }')

def plot_function(f, tx=None, ty=None, title=None, min=-2, max=2, figsize=(6, 4)):
    x = torch.linspace(min, max, 100)
    fig, ax = plt.subplots(figsize=figsize)
    ax.plot(x, f(x))
    if tx is not None:
        ax.set_xlabel(tx)
    if ty is not None:
        ax.set_ylabel(ty)
    if title is not None:
        ax.set_title(title)

# fastbook shows single-channel images in grey, as the book's figures do.
import matplotlib
matplotlib.rc('image', cmap='Greys')
