# Sorting and order statistics as learners use them (sort, argsort, topk as fastai's
# Interpretation.top_losses does, kthvalue, median, quantile, unique, bincount): values,
# dtypes, the named-tuple results, ties, NaN, non-contiguous inputs, errors and gradients.
import torch


def err(name, f):
    try:
        r = f()
        print(name, "no error", r)
    except Exception as e:
        print("%s %s: %s" % (name, type(e).__name__, e))


x = torch.tensor([3., 1., 2., 1., 5., 3.])
r = x.sort()
print(r)
values, indices = r
print(values, indices, r.values.dtype, r.indices.dtype)
print(torch.sort(x, descending=True, stable=True))
print(x.sort(stable=True, descending=False).indices)
print(x.argsort(), torch.argsort(x, descending=True, stable=True))
print(torch.tensor([5, 1, 4, 1], dtype=torch.int32).sort(stable=True))
print(torch.tensor([True, False, True]).sort(stable=True))
print(torch.tensor([3., float('nan'), 1., float('nan'), 2.]).sort(stable=True))
print(torch.tensor([3., float('nan'), 1., float('nan'), 2.]).sort(descending=True, stable=True))
m = torch.tensor([[3., 9., 1.], [4., 0., 6.]])
print(m.sort(0))
print(m.sort(dim=-1, descending=True))
print(m.t().sort(1))
print(m.t().argsort(dim=0, stable=True))
print(torch.tensor(4.).sort())
print(torch.tensor([]).sort())
print(m.msort(), torch.msort(m.t()))

# Ties: PyTorch's default sort is std::sort (insertion sort up to 16 elements), topk a partial
# sort or nth_element; the positions of equal values follow those algorithms.
ties = torch.tensor([2, 0, 1, 2, 0, 1, 2, 0, 1, 1, 0, 2, 2, 1, 0, 0, 1, 2, 0, 1, 2, 2, 0, 1, 1]).float()
print(ties.sort().indices, ties.sort(descending=True).indices, ties.long().argsort())
print(ties.topk(5), ties.topk(20, largest=False, sorted=False).indices, torch.tensor([1, 2, 2, 2, 1, 2.]).topk(3))
big = (torch.arange(300) * 7919 % 13).float()
print(big.topk(2).indices, big.sort(descending=True).indices[:40], big.reshape(30, 10).t().sort(1).indices[:2])
print(torch.tensor([3., float('nan'), 1., float('nan')] * 5).sort().indices)

# topk: largest, smallest, along a dim, on a transposed input
losses = torch.tensor([0.3, 2.5, 0.1, 1.7, 0.9, 4.2])
print(losses.topk(3))
print(torch.topk(losses, 2, largest=False))
v, i = m.topk(2, dim=1)
print(v, i)
print(m.t().topk(1, 0))
print(losses.topk(0))

print(torch.tensor([5., 1., 1., 1., 5., 5.]).kthvalue(3))
print(m.kthvalue(2, 1, keepdim=True))
print(m.t().kthvalue(1, dim=0))
print(torch.tensor([2., 1., 1., 2.]).median(0))
print(torch.tensor([5., 1., 1., 1., 5., 5.]).median(0))
print(m.median(), m.median(1), m.median(0, keepdim=True))
nan = float('nan')
n = torch.tensor([[3., nan, 1., nan, 2.], [1., 1., 1., 0., 5.]])
print(n.median(1))
print(n.nanmedian(1), n.nanmedian(), n.median())
print(torch.tensor([7, 3, 5, 1]).median())
print(torch.tensor([]).median())

q = torch.tensor([1., 2., 3., 4., 10.])
print(q.quantile(0.5), q.quantile(0.3), torch.quantile(q, torch.tensor([0.1, 0.5, 0.9])))
for mode in ["linear", "lower", "higher", "midpoint", "nearest"]:
    print(mode, q.quantile(0.4, interpolation=mode))
print(m.quantile(0.25, dim=1), m.quantile(torch.tensor([0.25, 0.75]), dim=0, keepdim=True))
print(torch.tensor([1., nan, 3.]).quantile(0.5))

u = torch.tensor([3, 1, 2, 1, 3, 3])
print(u.unique(), torch.unique(u, return_inverse=True), torch.unique(u, return_counts=True))
print(torch.unique(u, return_inverse=True, return_counts=True))
print(torch.tensor([2.5, -1., 2.5]).unique())
print(torch.unique(torch.tensor([[1, 2], [1, 2], [0, 5]]), dim=0, return_inverse=True, return_counts=True))
print(torch.tensor([[1, 2, 1], [3, 4, 3]]).unique(dim=1))
print(torch.tensor([1, 1, 2, 2, 3, 1]).unique_consecutive(return_counts=True, return_inverse=True))
print(torch.tensor([1, 2, 1, 2, 3]).bincount(), torch.bincount(torch.tensor([0, 0, 3]), minlength=6))
print(torch.tensor([1, 2, 1]).bincount(torch.tensor([0.5, 1., 2.])), torch.tensor([1, 2]).bincount(torch.tensor([1, 2])))
print(torch.tensor([], dtype=torch.int64).bincount())

# gradients flow back to the positions the values came from
a = torch.tensor([[3., 1., 2.], [0., 5., 4.]], requires_grad=True)
s = a.sort(1).values
print(s)
(s * torch.tensor([1., 2., 3.])).sum().backward()
print(a.grad)
a.grad = None
t = a.topk(2, dim=1).values
print(t.grad_fn.name(), a.sort(stable=True).values.grad_fn.name())
(t * torch.tensor([10., 1.])).sum().backward()
print(a.grad)
a.grad = None
k = a.kthvalue(2, 1).values
k.sum().backward()
print(k, a.grad)
a.grad = None
md = a.median()
md.backward()
print(md, a.grad)
a.grad = None
b = torch.tensor([1., 2., 2., 0.], requires_grad=True)
b.median().backward()
print(b.grad)
a.grad = None
mq = a.quantile(0.5, dim=1)
mq.sum().backward()
print(mq.detach(), a.grad)

err("sort_dim", lambda: x.sort(5))
err("topk_k", lambda: x.topk(7))
err("topk_negative", lambda: x.topk(-1))
err("topk_huge", lambda: x.topk(2 ** 62))
err("kthvalue_zero", lambda: x.kthvalue(0))
err("kthvalue_big", lambda: x.kthvalue(7))
err("kthvalue_empty", lambda: torch.tensor([]).kthvalue(1))
err("median_dim", lambda: x.median(3))
err("median_empty_dim", lambda: torch.zeros(0, 3).median(0))
err("quantile_q", lambda: q.quantile(1.5))
err("quantile_int", lambda: torch.tensor([1, 2]).quantile(0.5))
err("quantile_empty", lambda: torch.tensor([]).quantile(0.5))
err("quantile_mode", lambda: q.quantile(0.5, interpolation="cubic"))
err("unique_dim", lambda: x.unique(dim=3))
err("bincount_negative", lambda: torch.tensor([1, -1]).bincount())
err("bincount_float", lambda: x.bincount())
err("bincount_2d", lambda: torch.tensor([[1]]).bincount())
err("bincount_weights", lambda: torch.tensor([1, 2]).bincount(torch.tensor([1.])))
