#!/usr/bin/env python3
"""Writes the public names (no leading underscore) that dir() lists in PyTorch for the objects a
learner completes with Tab most: the torch modules, a tensor, a Parameter, layers, an optimizer.

Tessera's completer must offer only names PyTorch has (a learner who tabs to a name expects it
to work in PyTorch too), so the test checks that Tessera's candidates for `<expression>.` are a
subset of these, and that the names a model gains at run time (its parameters, submodules) are
among them.

Regenerate with the reference environment of README.md:

    /tmp/torchenv/bin/python Scripts/gen-public-names.py

Output: Tests/LibraryTests/Fixtures/pytorch_public_names.json
"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUTPUT = os.path.join(ROOT, "Tests", "LibraryTests", "Fixtures", "pytorch_public_names.json")

# Run once in one namespace; then each name below is completed as `name.`.
SETUP = """import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim
t = torch.tensor([1.0, 2.0])
p = nn.Parameter(torch.ones(2))
lin = nn.Linear(2, 3)
conv = nn.Conv2d(1, 2, 3)
bn = nn.BatchNorm2d(2)
seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
size = t.shape
"""
NAMES = ["torch", "nn", "F", "torch.optim", "torch.nn.init", "torch.autograd", "torch.optim.lr_scheduler",
         "t", "p", "lin", "conv", "bn", "seq", "opt", "size"]


def main():
    import torch
    namespace = {}
    exec(SETUP, namespace)
    fixture = {
        "made_by": "Scripts/gen-public-names.py with torch %s on CPython %s" % (torch.__version__, sys.version.split()[0]),
        "setup": SETUP,
        "names": {name: sorted(n for n in dir(eval(name, namespace)) if not n.startswith("_")) for name in NAMES},
    }
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print("wrote %s" % OUTPUT)


if __name__ == "__main__":
    main()
