#!/usr/bin/env python3
"""Writes the torch.save fixtures in Tests/LibraryTests/Fixtures/torch-save with real PyTorch,
and checks that PyTorch reads the files Tessera writes.

    /tmp/torchenv/bin/python Scripts/gen-torch-save-fixtures.py
        Writes pytorch_*.pt (files real torch.save wrote) and load_pytorch_fixtures.out: what
        load_pytorch_fixtures.py prints when real PyTorch loads them. LibraryTests runs the same
        program in Tessera (TorchSerializationTests) and compares the output byte for byte.

    /tmp/torchenv/bin/python Scripts/gen-torch-save-fixtures.py --verify DIR
        DIR holds the files Tessera's write_from_tessera.py wrote (`tessera
        Tests/LibraryTests/Fixtures/torch-save/write_from_tessera.py DIR`). Runs the same program
        under PyTorch into a scratch folder, loads both sets with torch.load(weights_only=True) and
        compares everything: keys, types, dtypes, shapes, strides, storage offsets, values,
        requires_grad and which tensors share a storage. Exits 1 on any difference.

    /tmp/torchenv/bin/python Scripts/gen-torch-save-fixtures.py --resnet DIR
        Saves torchvision's resnet18 (seed 0) state dict, an input and its eval-mode output to
        DIR (45 MB, not committed), for the cross-check of Tessera's resnet18 described in
        Tests/LibraryTests/Fixtures/torch-save/README.md.
"""
import os
import subprocess
import sys
import tempfile

import torch

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "Tests", "LibraryTests", "Fixtures", "torch-save")


def small_model_state():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 3), torch.nn.BatchNorm2d(3), torch.nn.ReLU(),
                                torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(3, 2))
    model(torch.randn(4, 2, 5, 5))  # one training step of BatchNorm's running statistics
    return model.state_dict()


def mixed_values():
    torch.manual_seed(1)
    base = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    return {
        "base": base,
        "view": base.t()[1:],                        # non-contiguous, offset 1, same storage
        "row": base[2],                              # contiguous view at offset 8
        "int64": torch.tensor([[-3, 0], [2**40, 7]]),
        "int32": torch.tensor([1, -2, 3], dtype=torch.int32),
        "uint8": torch.tensor([0, 128, 255], dtype=torch.uint8),
        "float64": torch.tensor([0.1, -2.5, 1e300], dtype=torch.float64),
        "bool": torch.tensor([True, False, True]),
        "scalar": torch.tensor(3.25),
        "empty": torch.zeros(0, 3),
        "expanded": torch.tensor([1.0, 2.0]).expand(3, 2),
        "requires_grad": torch.tensor([1.5, -1.5], requires_grad=True),
        "param": torch.nn.Parameter(torch.randn(2, 2)),
        "frozen": torch.nn.Parameter(torch.ones(2), requires_grad=False),
        "size": torch.Size([2, 3]),
        "dtype": torch.float64,
        "plain": [1, -70000, 2**40, 2**70, -(2**70), 1.5, "text", "unicode é", None, True, False, (1, (2, 3)), b"\x00\xffab"],
        "nested": {"a": {"b": [torch.tensor([1, 2])]}, 3: "three"},
    }


def write_fixtures():
    os.makedirs(FIXTURES, exist_ok=True)
    torch.save(small_model_state(), os.path.join(FIXTURES, "pytorch_model_state.pt"))
    torch.save(mixed_values(), os.path.join(FIXTURES, "pytorch_mixed.pt"))
    print("wrote pytorch_model_state.pt, pytorch_mixed.pt")
    program = os.path.join(FIXTURES, "load_pytorch_fixtures.py")
    source = "FIXTURES = %r\n" % FIXTURES + open(program).read()
    result = subprocess.run([sys.executable, "-W", "ignore", "-c", source], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONHASHSEED="0"), timeout=300)
    if result.returncode != 0:
        print(result.stderr)
        sys.exit(1)
    with open(program[:-3] + ".out", "w") as f:
        f.write(result.stdout)
    print("wrote load_pytorch_fixtures.out")


def describe(value, storages, path="obj"):
    """A comparable description of a loaded value; storages maps data_ptr to a first-seen index."""
    if isinstance(value, torch.Tensor):
        ptr = value.untyped_storage().data_ptr()
        storage = storages.setdefault(ptr, len(storages)) if value.untyped_storage().nbytes() else None
        return (type(value).__name__, str(value.dtype), tuple(value.shape), value.stride(), value.storage_offset(),
                value.requires_grad, storage, value.tolist())
    if isinstance(value, dict):
        return (type(value).__name__, [(k, describe(v, storages, path + "[%r]" % (k,))) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [describe(v, storages, path) for v in value])
    return (type(value).__name__, repr(value))


def verify(folder):
    program = os.path.join(FIXTURES, "write_from_tessera.py")
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([sys.executable, "-W", "ignore", program, scratch], check=True, timeout=300)
        names = sorted(n for n in os.listdir(scratch) if n.endswith(".pt"))
        if not names:
            print("write_from_tessera.py wrote no .pt files")
            return 1
        for name in names:
            theirs = os.path.join(folder, name)
            if not os.path.exists(theirs):
                print("missing in %s: %s" % (folder, name))
                failures += 1
                continue
            expected = describe(torch.load(os.path.join(scratch, name), weights_only=True), {})
            got = describe(torch.load(theirs, weights_only=True), {})
            if expected == got:
                print("PyTorch %s reads %s as it reads its own: OK" % (torch.__version__, name))
            else:
                print("DIFFERS: %s\n  torch:   %r\n  tessera: %r" % (name, expected, got))
                failures += 1
    return 1 if failures else 0


def resnet(folder):
    import torchvision
    os.makedirs(folder, exist_ok=True)
    torch.manual_seed(0)
    model = torchvision.models.resnet18(weights=None)
    model.eval()
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        y = model(x)
    torch.save(model.state_dict(), os.path.join(folder, "resnet18_state.pt"))
    torch.save({"input": x, "output": y}, os.path.join(folder, "resnet18_io.pt"))
    print("wrote resnet18_state.pt and resnet18_io.pt to %s" % folder)


def main():
    if "--verify" in sys.argv:
        sys.exit(verify(sys.argv[sys.argv.index("--verify") + 1]))
    if "--resnet" in sys.argv:
        return resnet(sys.argv[sys.argv.index("--resnet") + 1])
    write_fixtures()


if __name__ == "__main__":
    main()
