# Python operators on tensors, which the VM runs through torch.Tensor's native arithmetic hook
# instead of looking up __op__/__rop__: results, reflected forms, subclass overrides taking
# precedence, errors, in-place updates of views, autograd and nn.Parameter.
import torch
t = torch.tensor([1., 2., 3.])
print(t * 2, 2 * t, t + t, 1 - t, t / 2, 2 / t, t // 2, t % 2, -t)
print(t + True, True + t)
i = torch.tensor([6, 3])
print(i & 3, 3 | i, i ^ 1, i * 1.5, 7 // i)
class Mine(torch.Tensor):
    def __mul__(self, other):
        return "Mine.__mul__"
    def __rmul__(self, other):
        return "Mine.__rmul__"
m = Mine([1., 1.])
print(m * 2, 2 * m, t * m)
try:
    t + "x"
except TypeError as e:
    print("TypeError", e)
try:
    "x" + t
except TypeError as e:
    print("TypeError", e)
x = torch.zeros(3)
v = x[1:]
v += 5
v *= 2
print(x)
w = torch.ones(2, requires_grad=True)
y = (w * 3 + 1).sum()
y.backward()
print(w.grad, y)
try:
    w += 1
except RuntimeError as e:
    print("RuntimeError", str(e)[:60])
p = torch.nn.Parameter(torch.ones(2))
print(p * 2, 2 * p)
print(t @ t, t ** 2, 2 ** t)
