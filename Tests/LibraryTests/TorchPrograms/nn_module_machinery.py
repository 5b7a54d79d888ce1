# nn.Module machinery: buffers (persistent or not), state_dict keys and order, load_state_dict's
# key checks and messages, forward pre-hooks and hooks, full backward hooks with their handles,
# Sequential from an OrderedDict, indexing and slicing, named_modules and train/eval.
from collections import OrderedDict
import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 2)
        self.register_buffer('scale', torch.tensor([2.0, 3.0]))
        self.register_buffer('scratch', torch.zeros(2), persistent=False)

    def forward(self, x):
        return self.lin(x) * self.scale


torch.manual_seed(0)
m = Scaled()
print([name for name, _ in m.named_buffers()])
print(list(m.state_dict().keys()))
print(type(m.state_dict()).__name__)
print(m.scale, m.scratch)
m.scale = torch.tensor([1.0, 1.0])
print(m._buffers['scale'])
try:
    m.scale = 3
except TypeError as e:
    print('TypeError:', e)
for bad in [(1, torch.zeros(1)), ('a.b', torch.zeros(1)), ('', torch.zeros(1)), ('lin', torch.zeros(1)), ('c', 5)]:
    try:
        m.register_buffer(*bad)
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ':', e)

model = nn.Sequential(OrderedDict([('conv', nn.Conv2d(1, 2, 3)), ('bn', nn.BatchNorm2d(2)),
                                   ('act', nn.ReLU()), ('pool', nn.AdaptiveAvgPool2d(1)), ('flat', nn.Flatten()),
                                   ('head', nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1)))]))
print(model)
print(len(model), type(model[1]).__name__, type(model[-1]).__name__)
print(model[1:3])
print([name for name, _ in model.named_modules()])
print([name for name, _ in model.named_children()])
print(list(model.state_dict().keys()))
print([name for name, _ in model.named_parameters()])
try:
    model[9]
except IndexError as e:
    print('IndexError:', e)
model.eval()
print([mod.training for mod in model.modules()])
model.train()
print([mod.training for mod in model.modules()])
model.head.append(nn.Sigmoid())
print(len(model.head), model.head)

state = model.state_dict()
print(model.load_state_dict(state))
del state['bn.running_var']
state['extra.weight'] = torch.zeros(1)
try:
    model.load_state_dict(state)
except RuntimeError as e:
    print('RuntimeError:', e)
print(model.load_state_dict(state, strict=False))
state = model.state_dict()
state['head.0.weight'] = torch.zeros(3, 2)
try:
    model.load_state_dict(state)
except RuntimeError as e:
    print('RuntimeError:', e)
old = model.state_dict()
no_counter = OrderedDict((k, v) for k, v in old.items() if not k.endswith('num_batches_tracked'))
print(model.load_state_dict(no_counter))

# Forward hooks and pre-hooks, their order, what they change, and removal.
calls = []
lin = nn.Linear(2, 2)
def pre(module, args):
    calls.append(('pre', type(module).__name__, len(args)))
    return (args[0] * 2,)
def post(module, args, output):
    calls.append(('post', tuple(output.shape)))
def post_change(module, args, output):
    return output + 100
h1 = lin.register_forward_pre_hook(pre)
h2 = lin.register_forward_hook(post)
h3 = lin.register_forward_hook(post_change)
x = torch.ones(1, 2)
with torch.no_grad():
    lin.weight.fill_(1.0)
    lin.bias.fill_(0.0)
print(lin(x))
print(calls)
h3.remove()
h1.remove()
print(lin(x))
h2.remove()
h2.remove()
print(lin(x), len(calls))
activations = {}
def keep(name):
    def hook(module, args, output):
        activations[name] = output.detach().shape
    return hook
handles = [mod.register_forward_hook(keep(name)) for name, mod in model.named_modules() if name]
model(torch.randn(2, 1, 5, 5))
print(activations)
for h in handles:
    h.remove()
activations.clear()
model(torch.randn(2, 1, 5, 5))
print(activations)

# Full backward hooks: grad_input and grad_output as tuples.
lin2 = nn.Linear(3, 2)
with torch.no_grad():
    lin2.weight.copy_(torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]]))
    lin2.bias.zero_()
seen = []
def bhook(module, grad_input, grad_output):
    seen.append((type(module).__name__, [None if g is None else g.tolist() for g in grad_input],
                 [g.tolist() for g in grad_output]))
handle = lin2.register_full_backward_hook(bhook)
inp = torch.tensor([[1.0, -1.0, 2.0]], requires_grad=True)
lin2(inp).sum().backward()
print(seen)
print(inp.grad)
seen.clear()
lin2(torch.tensor([[1.0, -1.0, 2.0]])).pow(2).sum().backward()
print(seen)
def double_grad(module, grad_input, grad_output):
    return (grad_input[0] * 2,)
h = lin2.register_full_backward_hook(double_grad)
inp.grad = None
lin2(inp).sum().backward()
print(inp.grad)
h.remove()
handle.remove()
seen.clear()
inp.grad = None
lin2(inp).sum().backward()
print(seen, inp.grad)

# children, apply, train(False) propagation, and .to/.double/.float moving buffers with parameters.
print([type(c).__name__ for c in model.children()])
print([type(c).__name__ for c in model.head.children()])
visited = []
def init_linear(mod):
    visited.append(type(mod).__name__)
    if isinstance(mod, nn.Linear):
        with torch.no_grad():
            mod.weight.fill_(0.5)
print(model.apply(init_linear) is model, visited)
print(model.head[0].weight)
print(model.train(False) is model, [mod.training for mod in model.modules()])
model.train(True)
try:
    model.train('yes')
except ValueError as e:
    print('ValueError:', e)
s = Scaled()
print(s.to('cpu') is s, s.to(torch.float32) is s)
print(s.to(torch.float64) is s, s.scale.dtype, s.scratch.dtype, s.lin.weight.dtype, type(s.lin.weight).__name__)
print([name for name, _ in s.named_parameters()], [name for name, _ in s.named_buffers()])
print({k: v.dtype for k, v in s.state_dict().items()})
print(s(torch.ones(1, 3, dtype=torch.float64)).dtype)
s.float()
print(s.scale.dtype, s.lin.bias.dtype, s.lin.bias.requires_grad)
bn = nn.BatchNorm1d(2).double()
print(bn.running_mean.dtype, bn.num_batches_tracked.dtype, bn.weight.dtype)
s.to(dtype=torch.float64)
print(s.lin.weight.dtype)
try:
    s.to(torch.int64)
except TypeError as e:
    print('TypeError:', e)
