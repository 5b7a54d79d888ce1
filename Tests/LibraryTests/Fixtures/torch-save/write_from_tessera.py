# Saves with torch.save the values whose files Scripts/gen-torch-save-fixtures.py --verify DIR
# loads with real PyTorch. Run it as `tessera write_from_tessera.py DIR` (and, for the
# comparison, the script runs it under PyTorch too). The same objects are what
# written_by_tessera.pt holds.
import os
import sys
from collections import OrderedDict
import torch

folder = sys.argv[1]
torch.manual_seed(0)
base = torch.arange(12, dtype=torch.float32).reshape(3, 4)
values = OrderedDict()
values["weight"] = torch.linspace(-1, 1, 6).reshape(2, 3)
values["base"] = base
values["view"] = base.t()[1:]
values["row"] = base[2]
values["int64"] = torch.tensor([[-3, 0], [2**40, 7]])
values["int32"] = torch.tensor([1, -2, 3], dtype=torch.int32)
values["uint8"] = torch.tensor([0, 128, 255], dtype=torch.uint8)
values["float64"] = torch.tensor([0.1, -2.5, 1e300], dtype=torch.float64)
values["bool"] = torch.tensor([True, False, True])
values["scalar"] = torch.tensor(3.25)
values["empty"] = torch.zeros(0, 3)
values["requires_grad"] = torch.tensor([1.5, -1.5], requires_grad=True)
values["param"] = torch.nn.Parameter(torch.tensor([[0.5, -0.25], [1.0, 2.0]]))
values["size"] = torch.Size([2, 3])
values["plain"] = [1, -70000, 2**40, 2**70, 1.5, "text", "unicode é", None, True, (1, (2, 3))]
values["nested"] = {"a": {"b": [torch.tensor([1, 2])]}, 3: "three"}
torch.save(values, os.path.join(folder, "written_by_tessera.pt"))
torch.save(values["weight"], os.path.join(folder, "single_tensor.pt"))
