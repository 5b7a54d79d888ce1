#!/usr/bin/env python3
"""Checks that chapter 19's one-cycle training cell (Notebooks/19_learner.ipynb) differs between
Tessera and PyTorch only by float32 rounding that compounds over the epoch, not by a different
computation.

It runs the notebook's code cells up to the one that builds the one-cycle Learner, in Tessera
(`.build/release/tessera`) and in CPython with PyTorch + fastai (the reference environment:
run this script with /tmp/torchenv/bin/python), then trains that Learner for one epoch with two
probes: the gradient of every parameter at the first batch (before the first step) and every
training batch's loss. It prints how far the first batch's gradients are apart (they should agree
to float32 rounding), the first batch whose loss differs, and the largest differences.

    /tmp/torchenv/bin/python Scripts/check-ch19-training-drift.py
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TESSERA = os.environ.get("TESSERA", os.path.join(ROOT, ".build", "release", "tessera"))

PROBE = '''
import json as _json
_first_grads, _losses = [], []
class _ProbeSGD(SGD):
    def step(self):
        if not _first_grads:
            _first_grads.extend(p.grad.flatten().tolist() for p in self.params)
        super().step()
class _LossProbe(Callback):
    def after_batch(self):
        if self.model.training: _losses.append(self.loss.item())
onecyc = OneCycle(0.1)
learn = Learner(simple_cnn(), dls, cross_entropy, lr=0.1, cbs=cbs+[onecyc, _LossProbe()], opt_func=_ProbeSGD)
learn.fit(1)
print("PROBE" + _json.dumps({"grads": _first_grads, "losses": _losses}))
'''

PYTHON_PREAMBLE = '''
import os, torch, matplotlib
matplotlib.use("Agg")
# Forked pool workers cannot use the parent's OpenMP pool (see gen-notebook-reference.py).
os.register_at_fork(after_in_child=lambda: torch.set_num_threads(1))
import fastprogress.fastprogress
fastprogress.fastprogress.NO_BAR = True
'''


def program(cells, folder=None):
    source = []
    for cell in cells:
        text = "".join(cell["source"])
        if text.startswith("onecyc = OneCycle"):
            break
        if folder is not None:
            text = text.replace("untar_data(URLs.MNIST)", "Path(%r)" % folder)
        source.append(text.rstrip().rstrip(";"))
    return "\n".join(source) + "\n" + PROBE


def probe(output):
    line = [l for l in output.splitlines() if l.startswith("PROBE")][-1]
    return json.loads(line[len("PROBE"):])


def main():
    with open(os.path.join(ROOT, "Notebooks", "19_learner.ipynb")) as f:
        cells = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, TESSERA_DATA=os.path.join(work, "data"), TESSERA_HOME=os.path.join(work, "home"))
        layout = subprocess.run([TESSERA, "-c", "from fastai.vision.all import *\nprint(untar_data(URLs.MNIST))"],
                                env=env, capture_output=True, text=True, check=True)
        folder = layout.stdout.strip().splitlines()[-1]
        tessera_file = os.path.join(work, "tessera_probe.py")
        with open(tessera_file, "w") as f:
            f.write(program(cells))
        ours = subprocess.run([TESSERA, tessera_file], env=env, cwd=work, capture_output=True, text=True)
        if ours.returncode != 0:
            sys.exit("tessera failed:\n" + ours.stdout[-2000:] + ours.stderr[-2000:])
        python_file = os.path.join(work, "python_probe.py")
        with open(python_file, "w") as f:
            f.write(PYTHON_PREAMBLE + program(cells, folder))
        theirs = subprocess.run([sys.executable, "-W", "ignore", python_file], cwd=work, capture_output=True, text=True)
        if theirs.returncode != 0:
            sys.exit("python failed:\n" + theirs.stderr[-2000:])
    a, b = probe(ours.stdout), probe(theirs.stdout)
    grads_a = [x for g in a["grads"] for x in g]
    grads_b = [x for g in b["grads"] for x in g]
    scale = max(abs(x) for x in grads_b)
    worst = max(abs(x - y) for x, y in zip(grads_a, grads_b))
    print("first batch: %d gradient values; largest difference %.3g (largest gradient %.3g, float32 epsilon 1.19e-07)"
          % (len(grads_b), worst, scale))
    print("first batch loss: tessera %r, pytorch %r" % (a["losses"][0], b["losses"][0]))
    differing = [i for i, (x, y) in enumerate(zip(a["losses"], b["losses"])) if x != y]
    print("%d training batches; first batch whose loss differs: %s" % (len(b["losses"]), differing[0] if differing else None))
    for i in range(0, len(b["losses"]), max(1, len(b["losses"]) // 8)):
        x, y = a["losses"][i], b["losses"][i]
        print("batch %3d: tessera %.9f pytorch %.9f difference %.3g" % (i, x, y, abs(x - y)))


if __name__ == "__main__":
    main()
