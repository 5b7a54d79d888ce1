# Tensor.as_subclass: the same data as an instance of a Tensor subclass, still in the autograd
# graph (fastai's TensorBase(x) is built this way), and its errors.
import torch

class T(torch.Tensor):
    pass

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = (x * 2).as_subclass(T)
print(type(y).__name__, y.requires_grad, y.grad_fn is not None, y.is_leaf)
(y * y).sum().backward()
print(x.grad)
base = torch.arange(4.)
z = base.as_subclass(T)
z[1] = 7
print(type(z).__name__, base, z.requires_grad)
w = z.as_subclass(torch.Tensor)
print(type(w).__name__, w.tolist())
for bad in [int, 3]:
    try:
        base.as_subclass(bad)
    except TypeError as e:
        print('TypeError:', e)
