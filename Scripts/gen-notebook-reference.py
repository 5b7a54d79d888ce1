#!/usr/bin/env python3
"""Runs chapter notebooks with real PyTorch (and fastai) and records what each code cell prints,
as the reference Tessera's notebook tests compare against.

The notebooks seed torch (and random) where the book starts drawing random numbers; Tessera's
torch generator, Python `random` and fastai DataLoader reproduce the same streams, so the same
cells give the same numbers (up to the last digits of float32 sums, which PyTorch adds up in
another order).

How a cell runs here: IPython's rules without IPython. The cell's statements run in one
namespace shared by all cells (the `__main__` module, as in Jupyter); when the last statement is
an expression and the cell does not end with `;`, its repr (or what its `_repr_pretty_` writes,
which IPython shows instead) is the cell's result. Printed text is captured. `%time STATEMENT` and
`%timeit [-n N] [-r R] STATEMENT` run the statement once (the cell is marked "timed": its
output depends on the machine). Figures are drawn with matplotlib's Agg backend and not
recorded. fastprogress's bars are turned off (NO_BAR, and the bar characters it still prints
are removed), which leaves the results table fastai prints after each epoch.

Two lines of a notebook may change: `from fastbook import *` becomes fastbook's `plot_function`
(the fastbook package is not needed for the rest), and `untar_data(URLs.MNIST_SAMPLE)` becomes
the folder that Tessera lays out from the MNIST it ships, for every dataset in BUNDLED_DATASETS
(the PNG files hold the same pixels as fastai's download). A cell that raises (the book shows some
errors on purpose) is recorded with its `error` ("Type: message") and the next cells run on.

Regenerate (from the repository root, after building tessera) with a Python that has torch and
fastai installed (the reference environment of README.md):

    /tmp/torchenv/bin/python Scripts/gen-notebook-reference.py              # every notebook below
    /tmp/torchenv/bin/python Scripts/gen-notebook-reference.py 17_foundations

Output: Tests/EndToEndTests/Fixtures/<notebook>.reference.json
"""
import ast
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import types

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NOTEBOOKS = ["04_mnist_sgd", "17_foundations", "13_convolutions", "16_training", "19_learner"]
# The datasets Tessera ships: `untar_data(URLs.<name>)` in a notebook becomes the folder Tessera
# lays out, so both sides read the same PNG files.
BUNDLED_DATASETS = ["MNIST_SAMPLE", "MNIST"]
FIXTURES = os.path.join(ROOT, "Tests", "EndToEndTests", "Fixtures")
TESSERA = os.environ.get("TESSERA", os.path.join(ROOT, ".build", "release", "tessera"))

FASTBOOK_PLOT_FUNCTION = '''
def plot_function(f, tx=None, ty=None, title=None, min=-2, max=2, figsize=(6,4)):
    x = torch.linspace(min,max, 100)
    fig,ax = plt.subplots(figsize=figsize)
    ax.plot(x,f(x))
    if tx is not None: ax.set_xlabel(tx)
    if ty is not None: ax.set_ylabel(ty)
    if title is not None: ax.set_title(title)
'''


def dataset_folder(data, dataset):
    """Lays out a bundled dataset with Tessera (untar_data into `data`) and returns its folder."""
    code = "from fastai.vision.all import *\nprint(untar_data(URLs.%s))" % dataset
    env = dict(os.environ, TESSERA_DATA=data)
    result = subprocess.run([TESSERA, "-c", code], env=env, capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def serve_bundled_datasets(folders):
    """Makes fastai's `untar_data` give Tessera's folder for a bundled dataset's URL however the
    notebook passes it (chapter 16's `get_data(url, ...)` calls `untar_data(url)`); other URLs
    download as before. Installed before any notebook imports fastai.vision.all, whose
    `import *` then copies this function."""
    import fastai.data.external as external
    from pathlib import Path
    download = external.untar_data
    bundled = {getattr(external.URLs, dataset): folder for dataset, folder in folders.items()}

    def untar_data(url, *args, **kwargs):
        return Path(bundled[url]) if url in bundled else download(url, *args, **kwargs)
    external.untar_data = untar_data


def without_timing_magics(source):
    """The cell with `%time X` / `%timeit [-n N] [-r R] X` lines reduced to `X`, and whether
    there were any."""
    lines, timed = [], False
    for line in source.split("\n"):
        words = line.split()
        if words and words[0] in ("%time", "%timeit"):
            timed = True
            words = words[1:]
            while len(words) >= 2 and words[0] in ("-n", "-r"):
                words = words[2:]
            line = " ".join(words)
        lines.append(line)
    return "\n".join(lines), timed


class PrettyText:
    """The part of IPython's pretty printer that a `_repr_pretty_` method writes to (fastcore's
    L calls `p.text`); IPython itself is not in the reference environment."""
    def __init__(self):
        self.parts = []

    def text(self, text):
        self.parts.append(text)


def displayed(value):
    """The text IPython shows for a cell's result: what the object's `_repr_pretty_` writes when
    it has one (fastcore's L shows `(#10) ['3','8',...]` though its repr is the plain list),
    else its repr."""
    pretty = getattr(type(value), "_repr_pretty_", None)
    if pretty is None:
        return repr(value)
    printer = PrettyText()
    pretty(value, printer, False)
    return "".join(printer.parts)


def run_cell(source, namespace):
    """Runs one cell as IPython would; returns (printed text, repr of the result or None)."""
    tree = ast.parse(source)
    result_expression = None
    if tree.body and isinstance(tree.body[-1], ast.Expr) and not source.rstrip().endswith(";"):
        result_expression = ast.Expression(tree.body.pop().value)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(tree, "<cell>", "exec"), namespace)
        value = eval(compile(result_expression, "<cell>", "eval"), namespace) if result_expression else None
    # NO_BAR stops fastprogress's bars but not the bar characters it prints when a bar starts.
    return printed.getvalue().replace("\u2588", ""), (None if value is None else displayed(value))


def reference(name, folders):
    """Runs one notebook's code cells in a fresh namespace; returns the fixture's cells."""
    import matplotlib.pyplot as plt
    with open(os.path.join(ROOT, "Notebooks", name + ".ipynb")) as f:
        notebook = json.load(f)
    # As in Jupyter, the cells run in the `__main__` module: a process pool's workers (forked)
    # then find the functions and classes the cells define when they unpickle their work.
    main_module = types.ModuleType("__main__")
    saved_main, sys.modules["__main__"] = sys.modules["__main__"], main_module
    try:
        return run_cells(notebook, vars(main_module), folders, plt)
    finally:
        sys.modules["__main__"] = saved_main


def run_cells(notebook, namespace, folders, plt):
    """Runs the code cells in `namespace`, one after the other; returns the fixture's cells."""
    cells = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        original = "".join(cell["source"])
        source = original.replace("from fastbook import *", FASTBOOK_PLOT_FUNCTION)
        for dataset, folder in folders.items():
            source = source.replace("untar_data(URLs.%s)" % dataset, "Path(%r)" % folder)
        source, timed = without_timing_magics(source)
        error = None
        try:
            printed, result = run_cell(source, namespace)
        except Exception as exception:
            # A cell the book shows failing on purpose; its error is part of the reference.
            printed, result = "", None
            error = "%s: %s" % (type(exception).__name__, exception)
        plt.close("all")
        entry = {"code_cell": len(cells), "first_line": original.strip().splitlines()[0] if original.strip() else "",
                 "stdout": printed, "result": result}
        if error is not None:
            entry["error"] = error
        if timed:
            entry["timed"] = True
        cells.append(entry)
    return cells


def main():
    import matplotlib
    matplotlib.use("Agg")
    import fastai
    import fastprogress.fastprogress
    import torch
    fastprogress.fastprogress.NO_BAR = True
    # A process pool's workers are forked from this process, whose torch has already run GNU
    # OpenMP's thread pool; that pool does not survive fork, and a worker's first parallel torch
    # op would wait on its barrier forever. The workers (chapter 19's DataLoader) only stack and
    # scale images, which one thread computes exactly as several do.
    os.register_at_fork(after_in_child=lambda: torch.set_num_threads(1))

    names = sys.argv[1:] or NOTEBOOKS
    with tempfile.TemporaryDirectory() as data:
        folders = {dataset: dataset_folder(data, dataset) for dataset in BUNDLED_DATASETS}
        serve_bundled_datasets(folders)
        for name in names:
            fixture = {
                "made_by": ("Scripts/gen-notebook-reference.py: the code cells of Notebooks/%s.ipynb run with "
                            "torch %s and fastai %s on CPython %s; regenerate with "
                            "/tmp/torchenv/bin/python Scripts/gen-notebook-reference.py %s"
                            % (name, torch.__version__, fastai.__version__, sys.version.split()[0], name)),
                "cells": reference(name, folders),
            }
            output = os.path.join(FIXTURES, name + ".reference.json")
            os.makedirs(FIXTURES, exist_ok=True)
            with open(output, "w") as f:
                json.dump(fixture, f, indent=1, ensure_ascii=False)
                f.write("\n")
            print("wrote %s (%d code cells)" % (output, len(fixture["cells"])))


if __name__ == "__main__":
    main()
