# torch.save then torch.load in one program: state dicts of a module, views sharing a storage,
# every dtype, Parameters, nested containers, paths as str and pathlib.Path and binary files,
# and the errors (a missing file, a global weights_only refuses, a file that is not an archive).
import os
import shutil
from collections import OrderedDict
from pathlib import Path
import torch

root = "/tmp/tessera-torch-save-load-test"
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root)

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
path = os.path.join(root, "model.pt")
torch.save(model.state_dict(), path)
state = torch.load(path)
print(type(state).__name__, list(state.keys()))
for key, value in state.items():
    print(key, value.dtype, tuple(value.shape), value.requires_grad)
    print(value)
copy = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
copy.load_state_dict(state)
x = torch.randn(2, 3)
print(torch.equal(model(x), copy(x)))

base = torch.arange(24, dtype=torch.float64).reshape(2, 3, 4)
values = {
    "base": base, "permuted": base.permute(2, 0, 1), "slice": base[1, :, 1:3], "diag": base[0].diagonal(),
    "int64": torch.tensor([-(2**62), 5]), "int32": torch.tensor([7, -7], dtype=torch.int32),
    "uint8": torch.tensor([[1, 2], [250, 0]], dtype=torch.uint8), "bool": torch.tensor([[True], [False]]),
    "float32": torch.tensor([1.5, float("inf"), float("-inf")]), "scalar": torch.tensor(-7),
    "param": torch.nn.Parameter(torch.tensor([0.25, 0.5])), "grad": torch.tensor([2.0], requires_grad=True),
    "same": None, "list": [1, 2.5, "three", None, True, (4, 5), [6, [7]], {"k": "v"}, 2**80, -(2**31), 2**31],
    "size": torch.Size([4, 5]), "dtype": torch.int64, "bytes": b"\x00\x01\xfe\xff",
}
values["same"] = values["base"]
path = Path(root) / "values.pt"
torch.save(values, path)
loaded = torch.load(path)
print(list(loaded.keys()))
for key in ["base", "permuted", "slice", "diag", "int64", "int32", "uint8", "bool", "float32", "scalar", "param", "grad"]:
    t = loaded[key]
    print(key, type(t).__name__, t.dtype, tuple(t.shape), t.stride(), t.storage_offset(), t.requires_grad)
    print(t)
print(loaded["same"] is loaded["base"], loaded["list"], loaded["size"], loaded["dtype"], loaded["bytes"])
loaded["base"][1, 2, 2] = -1.0
print(loaded["permuted"][2], loaded["slice"])

with open(os.path.join(root, "file.pt"), "wb") as f:
    torch.save(OrderedDict(a=torch.ones(2, dtype=torch.bool)), f)
with open(os.path.join(root, "file.pt"), "rb") as f:
    print(torch.load(f))
torch.save(torch.zeros(0), os.path.join(root, "empty.pt"))
print(torch.load(os.path.join(root, "empty.pt")))
torch.save([], os.path.join(root, "list.pt"))
print(torch.load(os.path.join(root, "list.pt"), map_location="cpu", weights_only=False))

try:
    torch.load(os.path.join(root, "missing.pt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)


class Point:
    def __init__(self, x):
        self.x = x


torch.save({"p": Point(3)}, os.path.join(root, "point.pt"))
try:
    torch.load(os.path.join(root, "point.pt"))
except Exception as e:
    print(type(e).__name__, [line for line in str(e).splitlines() if "WeightsUnpickler" in line])
p = torch.load(os.path.join(root, "point.pt"), weights_only=False)["p"]
print(type(p).__name__, p.x)
shutil.rmtree(root)
