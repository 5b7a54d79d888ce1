# Loads files that real torch.save wrote (pytorch_*.pt) and prints what came back. FIXTURES (the
# folder) is set by the runner: Scripts/gen-torch-save-fixtures.py under PyTorch, and
# TorchSerializationTests in Tessera.
import os
from collections import OrderedDict
import torch


def show(name, value):
    if isinstance(value, torch.Tensor):
        print(name, type(value).__name__, value.dtype, tuple(value.shape), value.stride(), value.storage_offset(),
              value.is_contiguous(), value.requires_grad)
        print(value)
    else:
        print(name, type(value).__name__, repr(value))


state = torch.load(os.path.join(FIXTURES, "pytorch_model_state.pt"))
print(type(state).__name__, list(state.keys()))
print(state._metadata)
for key, value in state.items():
    show(key, value)

mixed = torch.load(os.path.join(FIXTURES, "pytorch_mixed.pt"), map_location="cpu", weights_only=True)
print(list(mixed.keys()))
for key, value in mixed.items():
    if key not in ("plain", "nested"):
        show(key, value)
print(mixed["plain"])
print(mixed["nested"])
print(type(mixed["param"]) is torch.nn.Parameter, type(mixed["frozen"]) is torch.nn.Parameter)
# The views share the base's storage, as they did when saved.
mixed["base"][0, 1] = 100.0
mixed["base"][2, 3] = -1.0
print(mixed["view"])
print(mixed["row"])
print(mixed["view"] + 1, (mixed["int64"] * 2).sum(), mixed["float64"].sum(), mixed["bool"].any())
