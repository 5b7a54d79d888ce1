# The small tensor helpers learners reach for: type_as, new_zeros/new_ones/new_full/new_tensor/
# new_empty, isclose, lerp (and lerp_), nan_to_num (and _), clip_/clamp_min_/clamp_max_,
# square_; and that every function of this family exists as a method and in torch.
import torch


def err(name, f):
    try:
        r = f()
        print(name, "no error", r)
    except Exception as e:
        print("%s %s: %s" % (name, type(e).__name__, e))


t = torch.tensor([3., 1., 2.])
names = ["sort", "argsort", "msort", "topk", "kthvalue", "median", "nanmedian", "quantile", "flip", "fliplr", "flipud",
         "roll", "tril", "triu", "diag", "cumprod", "unique", "unique_consecutive", "masked_select", "repeat_interleave",
         "isclose", "lerp", "index_add", "gather", "scatter", "scatter_add", "tile", "movedim", "moveaxis", "swapdims",
         "ravel", "take", "diff", "bincount", "nan_to_num", "nan_to_num_", "clip_", "clamp_min_", "clamp_max_",
         "square_", "bernoulli", "multinomial"]
methods_only = ["scatter_", "scatter_add_", "tril_", "triu_", "type_as", "new_zeros", "new_ones", "new_full",
                "new_tensor", "new_empty", "lerp_", "index_add_", "bernoulli_", "random_", "exponential_"]
print([n for n in names if not (hasattr(t, n) and hasattr(torch, n))])
print([n for n in methods_only if not hasattr(t, n)])

i = torch.tensor([1, 2, 3])
print(i.type_as(t), t.type_as(i), t.type_as(t) is t, torch.tensor([1.5]).type_as(torch.tensor([True])))
print(t.new_zeros(2, 3), t.new_ones((2,)), i.new_zeros(2), t.new_full((2, 2), 7), i.new_full([3], 2.9))
print(t.new_tensor([1, 2]), i.new_tensor([1.7, 2.2]), t.new_zeros(2, dtype=torch.int64), t.new_empty(0).shape)
n = t.new_ones(2, requires_grad=True)
print(n, n.requires_grad, n.is_leaf)

a = torch.tensor([1.0, 1e-9, 1e10, float('inf'), float('nan'), 2.0])
b = torch.tensor([1.0 + 1e-6, 2e-9, 1.0001e10, float('inf'), float('nan'), 2.1])
print(a.isclose(b), torch.isclose(a, b, equal_nan=True), torch.isclose(a, b, rtol=0, atol=0.2))
print(torch.isclose(torch.tensor([1, 2]), torch.tensor([1, 3])), torch.isclose(torch.tensor([[1.], [2.]]), torch.tensor([1., 2.])))
print(torch.isclose(torch.tensor([True, False]), torch.tensor([True, True])))

s = torch.tensor([0., 10., -4.])
e = torch.tensor([10., 20., 4.])
print(s.lerp(e, 0.25), torch.lerp(s, e, 0.75), s.lerp(e, torch.tensor([0., 0.5, 1.])), s.lerp(e, 1.5))
print(torch.lerp(torch.zeros(2, 1), torch.ones(3), 0.3), torch.tensor([1., 2.], dtype=torch.float64).lerp(torch.tensor([3., 5.], dtype=torch.float64), 0.3))
s2 = s.clone()
print(s2.lerp_(e, 0.5) is s2, s2)
ls = torch.tensor([1., 2.], requires_grad=True)
le = torch.tensor([5., 10.], requires_grad=True)
lw = torch.tensor([0.25, 0.75], requires_grad=True)
l0 = ls.lerp(le, 0.3)
l1 = ls.lerp(le, lw)
print(l0, l1)
(l0.sum() + (l1 * torch.tensor([1., 2.])).sum()).backward()
print(ls.grad, le.grad, lw.grad)

x = torch.tensor([float('nan'), float('inf'), -float('inf'), 1.5])
print(x.nan_to_num(), torch.nan_to_num(x, nan=0.5, posinf=9., neginf=-9.), x.double().nan_to_num(neginf=-1.))
print(torch.tensor([1, 2]).nan_to_num())
x2 = x.clone()
print(x2.nan_to_num_(1.) is x2, x2)
g = torch.tensor([float('nan'), 2., float('inf')], requires_grad=True)
g.nan_to_num().sum().backward()
print(g.grad)

c = torch.tensor([-2., 0.5, 3.])
print(c.clone().clip_(-1, 1), c.clone().clip_(min=0), c.clone().clamp_min_(0.), c.clone().clamp_max_(1), torch.clamp_min_(c.clone(), 1.))
sq = torch.tensor([1, -2, 3])
print(sq.square_(), sq, torch.square_(torch.tensor([1.5])))

err("type_as_int", lambda: t.type_as(3))
err("new_zeros_negative", lambda: t.new_zeros(-1))
err("new_full_str", lambda: t.new_full((2,), "a"))
err("isclose_dtype", lambda: torch.isclose(t, torch.tensor([1, 2, 3])))
err("isclose_shape", lambda: t.isclose(torch.ones(2)))
err("lerp_shape", lambda: t.lerp(torch.ones(2), 0.5))
err("lerp_int", lambda: torch.tensor([1, 2]).lerp(torch.tensor([3, 4]), 0.5))
err("clip_none", lambda: t.clone().clip_())
