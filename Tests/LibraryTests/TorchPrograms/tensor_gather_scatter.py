# Reading and writing through index tensors: gather, scatter / scatter_ (source or value, with
# reduce=), scatter_add, index_add, take, masked_select. Values, dtypes, transposed inputs,
# gradients and PyTorch's errors for bad indices.
import torch


def err(name, f):
    try:
        r = f()
        print(name, "no error", r)
    except Exception as e:
        print("%s %s: %s" % (name, type(e).__name__, e))


m = torch.arange(12.).reshape(3, 4)
idx = torch.tensor([[0, 3], [2, 2], [1, 0]])
print(m.gather(1, idx), torch.gather(m, 0, torch.tensor([[2, 1, 0, 0]])))
print(m.t().gather(0, torch.tensor([[1, 0, 2]])))
print(torch.tensor([[1, 2], [3, 4]], dtype=torch.int32).gather(1, torch.tensor([[1], [0]])))
preds = torch.tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]])
targets = torch.tensor([1, 0, 0])
print(preds.gather(1, targets.unsqueeze(1)).squeeze(1))

z = torch.zeros(3, 5)
print(z.scatter(1, torch.tensor([[0, 4], [1, 1], [2, 3]]), torch.tensor([[1., 2.], [3., 4.], [5., 6.]])))
print(z.scatter(0, torch.tensor([[2, 0, 1]]), 7.5))
print(torch.zeros(3, dtype=torch.int64).scatter(0, torch.tensor([2, 0]), torch.tensor([9, 8])))
print(torch.zeros(2, 4).scatter_add(1, torch.tensor([[0, 0, 3], [1, 1, 1]]), torch.ones(2, 3)))
print(torch.ones(4).scatter(0, torch.tensor([1, 1, 3]), torch.tensor([2., 3., 4.]), reduce="multiply"))
print(torch.ones(4).scatter(0, torch.tensor([1, 1, 3]), 5., reduce="add"))
s = torch.zeros(2, 3)
r = s.scatter_(1, torch.tensor([[2], [0]]), 1.)
print(r is s, s)
s.scatter_add_(0, torch.tensor([[1, 1, 0]]), torch.tensor([[5., 6., 7.]]))
print(s)
onehot = torch.zeros(4, 3).scatter_(1, torch.tensor([[2], [0], [1], [2]]), 1)
print(onehot)

base = torch.zeros(5, 2)
print(base.index_add(0, torch.tensor([0, 4, 0]), torch.tensor([[1., 2.], [3., 4.], [5., 6.]])))
print(torch.ones(2, 3).index_add(1, torch.tensor([2, 0]), torch.ones(2, 2), alpha=10))
b2 = torch.zeros(3)
b2.index_add_(0, torch.tensor([1, 1]), torch.tensor([2., 3.]))
print(b2)

t = torch.tensor([[4, 3, 5], [6, 7, 8]])
print(t.take(torch.tensor([0, 2, 5])), torch.take(t, torch.tensor([[-1, 0], [1, 1]])))
print(t.t().take(torch.tensor([1, 2])))
print(t.masked_select(t > 4), torch.masked_select(t, torch.tensor([True, False, True])))
print(torch.tensor([1., 2.]).masked_select(torch.tensor([[True], [False], [True]])))
print(t.t().masked_select(t.t() % 2 == 0))
print(torch.tensor([]).masked_select(torch.tensor([], dtype=torch.bool)))

# gradients
w = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
g = w.gather(1, torch.tensor([[0, 0], [2, 1]]))
print(g)
g.sum().backward()
print(w.grad)
w.grad = None
src = torch.tensor([[10., 20.], [30., 40.]], requires_grad=True)
out = w.scatter(1, torch.tensor([[1, 2], [0, 1]]), src)
print(out)
(out * torch.arange(6.).reshape(2, 3)).sum().backward()
print(w.grad, src.grad)
w.grad = None
src.grad = None
out = w.scatter_add(1, torch.tensor([[1, 1], [0, 2]]), src)
print(out)
(out * torch.arange(6.).reshape(2, 3)).sum().backward()
print(w.grad, src.grad)
w.grad = None
sv = w.scatter(0, torch.tensor([[1, 0, 1]]), 0.)
sv.sum().backward()
print(sv, w.grad)
w.grad = None
ia = w.index_add(1, torch.tensor([2, 2]), src, alpha=2)
print(ia)
(ia * torch.arange(6.).reshape(2, 3)).sum().backward()
print(w.grad, src.grad)
w.grad = None
tk = w.take(torch.tensor([5, 0, 5]))
print(tk)
tk.sum().backward()
print(w.grad)
w.grad = None
ms = w.masked_select(w > 2.5)
print(ms)
(ms * torch.arange(4.)).sum().backward()
print(w.grad)
w.grad = None
mb = torch.tensor([1., 2.], requires_grad=True)
mb.masked_select(torch.tensor([[True, True], [False, True]])).sum().backward()
print(mb.grad)

err("gather_bounds", lambda: m.gather(1, torch.tensor([[0], [5], [1]])))
err("gather_negative", lambda: m.gather(1, torch.tensor([[-1], [0], [0]])))
err("gather_rank", lambda: m.gather(1, torch.tensor([0])))
err("gather_dtype", lambda: m.gather(1, torch.tensor([[0.]])))
err("gather_size", lambda: m.gather(0, torch.tensor([[0, 0, 0, 0, 0]])))
err("gather_dim", lambda: m.gather(2, idx))
err("scatter_bounds", lambda: torch.zeros(3).scatter(0, torch.tensor([7]), 1.0))
err("scatter_src_size", lambda: torch.zeros(3).scatter(0, torch.tensor([0, 1]), torch.ones(1)))
err("scatter_reduce", lambda: torch.zeros(3).scatter(0, torch.tensor([0]), 1.0, reduce="max"))
err("index_add_bounds", lambda: torch.zeros(3).index_add(0, torch.tensor([5]), torch.ones(1)))
err("index_add_count", lambda: torch.zeros(3).index_add(0, torch.tensor([0, 1]), torch.ones(1)))
err("index_add_shape", lambda: torch.zeros(3, 2).index_add(0, torch.tensor([0]), torch.ones(1, 3)))
err("take_bounds", lambda: t.take(torch.tensor([6])))
err("take_float", lambda: t.take(torch.tensor([0.])))
err("masked_select_int", lambda: t.masked_select(torch.tensor([1, 0, 1])))
err("masked_select_shape", lambda: t.masked_select(torch.tensor([True, False])))
