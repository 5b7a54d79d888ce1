#!/usr/bin/env python3
"""Regenerates the expected output of the torch programs in Tests/LibraryTests/TorchPrograms.

Each `<name>.py` there is a small program that uses torch the way the book does; this script runs
it with CPython and real PyTorch and writes what it prints to `<name>.out`. LibraryTests runs
the same program in Tessera and compares the output byte for byte. Nothing at test time needs
PyTorch.

    /tmp/torchenv/bin/python Scripts/gen-torch-programs.py          # every program
    /tmp/torchenv/bin/python Scripts/gen-torch-programs.py --check  # compare, write nothing

Programs that call fastai's `untar_data(URLs.MNIST_SAMPLE)` get, without network, the folder
Tessera's `untar_data` builds: the same PNG names and pixels, written here from the bundled
IDX files (Sources/Library/Resources/mnist) into a temporary FASTAI_HOME whose
data/mnist_sample fastai then finds as already downloaded.
"""
import glob
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PROGRAMS = os.path.join(ROOT, "Tests", "LibraryTests", "TorchPrograms")
MNIST_IDX = os.path.join(ROOT, "Sources", "Library", "Resources", "mnist")


def read_idx(name):
    with gzip.open(os.path.join(MNIST_IDX, name + ".gz")) as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return shape, data[4 + 4 * dims:]


def build_mnist_sample(home):
    """fastai's MNIST_SAMPLE layout (as MNISTDatasets.swift writes it): train/{3,7}/N.png with N
    the training record, valid/{3,7}/N.png with N the t10k record, and labels.csv."""
    from PIL import Image
    folder = os.path.join(home, "data", "mnist_sample")
    lines = ["name,label"]
    for split, source in (("train", "train"), ("valid", "t10k")):
        (count, rows, cols), pixels = read_idx(source + "-images-idx3-ubyte")
        _, labels = read_idx(source + "-labels-idx1-ubyte")
        for digit in (3, 7):
            os.makedirs(os.path.join(folder, split, str(digit)), exist_ok=True)
        for index in range(count):
            label = labels[index]
            if label not in (3, 7):
                continue
            start = index * rows * cols
            image = Image.frombytes("L", (cols, rows), pixels[start:start + rows * cols])
            image.save(os.path.join(folder, split, str(label), "%d.png" % index))
            if split == "train":
                lines.append("train/%d/%d.png,%d" % (label, index, 0 if label == 3 else 1))
    with open(os.path.join(folder, "labels.csv"), "w") as f:
        f.write("\n".join(lines) + "\n")


def drop_bar_frames(text):
    """fastprogress draws its console bar even into a pipe (its `printing()` tests
    `stdout.isatty` without calling it), as frames ending in carriage returns before each line of
    the epoch table. A pipe shows no bar in Tessera (nor in fastprogress as designed): keep what
    each line shows after its last carriage return."""
    return "\n".join(line.rsplit("\r", 1)[-1] for line in text.split("\n"))


def main():
    check = "--check" in sys.argv
    differ = 0
    fastai_home = None
    # Names given on the command line (e.g. stdlib_tempfile_csv_logging) limit the run to those programs.
    only = {name[:-3] if name.endswith(".py") else name for name in sys.argv[1:] if not name.startswith("--")}
    for program in sorted(glob.glob(os.path.join(PROGRAMS, "*.py"))):
        if only and os.path.basename(program)[:-3] not in only:
            continue
        env = dict(os.environ, PYTHONHASHSEED="0")
        if "URLs.MNIST_SAMPLE" in open(program).read():
            if fastai_home is None:
                fastai_home = tempfile.mkdtemp(prefix="fastai-home-")
                build_mnist_sample(fastai_home)
            env["FASTAI_HOME"] = fastai_home
        result = subprocess.run([sys.executable, "-W", "ignore", program], capture_output=True, text=True,
                                cwd=PROGRAMS, env=env, timeout=300)
        if result.returncode != 0:
            print("%s failed:\n%s" % (program, result.stderr))
            sys.exit(1)
        expected = program[:-3] + ".out"
        stdout = drop_bar_frames(result.stdout)
        if check:
            old = open(expected).read() if os.path.exists(expected) else None
            if old != stdout:
                print("differs: " + expected)
                differ += 1
        else:
            with open(expected, "w") as f:
                f.write(stdout)
            print("wrote " + expected)
    if fastai_home is not None:
        shutil.rmtree(fastai_home, ignore_errors=True)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
