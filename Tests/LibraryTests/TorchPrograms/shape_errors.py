# The errors of shape mismatches the book's readers meet, as `type: message` lines. Tessera's
# tracebacks add the operands' shapes but keep these messages word for word; the traceback tests
# (ShapeTracebackTests) read their expected last lines from this program's output.
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(5, 784)
w = torch.ones(10, 784)
a = torch.ones(2, 3)
b = torch.ones(3, 2)
t = torch.ones(10)
m = torch.ones(3, 4)
layer = nn.Linear(20, 10)

cases = [
    ("matmul", lambda: x @ w),
    ("broadcast", lambda: a + b),
    ("broadcast_compare", lambda: a < b),
    ("cat", lambda: torch.cat([a, torch.ones(2, 4)])),
    ("stack", lambda: torch.stack([a, torch.ones(2, 4)])),
    ("view", lambda: t.view(-1, 7)),
    ("view_shape", lambda: t.view(3, 4)),
    ("reshape", lambda: t.reshape(3, 4)),
    ("index", lambda: m[5]),
    ("index_second", lambda: m[0, 7]),
    ("linear_layer", lambda: layer(x)),
    ("functional_linear", lambda: F.linear(x, torch.ones(10, 20))),
    ("matrix_vector", lambda: m @ torch.ones(5)),
]
for name, case in cases:
    try:
        case()
        print(name, "no error")
    except Exception as e:
        print("%s %s: %s" % (name, type(e).__name__, e))
