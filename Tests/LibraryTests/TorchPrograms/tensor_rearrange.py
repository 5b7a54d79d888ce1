# Rearranging copies: flip (fliplr/flipud), roll, tril/triu (and in place), diag, cumprod,
# repeat_interleave, tile, movedim/moveaxis, swapdims, ravel, diff. Values, dtypes,
# non-contiguous inputs, gradients and errors, compared with PyTorch.
import torch


def err(name, f):
    try:
        r = f()
        print(name, "no error", r)
    except Exception as e:
        print("%s %s: %s" % (name, type(e).__name__, e))


m = torch.arange(6).reshape(2, 3)
print(m.flip(0), m.flip(1), torch.flip(m, [0, 1]), m.flip(-1, 0))
print(m.t().flip(0), m.fliplr(), torch.flipud(m), torch.tensor(3.).flip(0))
print(m.roll(1), m.roll(1, 1), torch.roll(m, (1, -1), (0, 1)), m.t().roll(-4))
print(m.roll(7, 1), torch.zeros(0, 3).roll(2, 0))
sq = torch.arange(1., 17.).reshape(4, 4)
print(sq.tril(), sq.triu(1), torch.tril(sq, -1), sq.t().triu(), sq.tril(-9))
print(torch.ones(2, 2, 3, dtype=torch.int64).triu())
c = sq.clone()
print(c.tril_(1) is c, c)
print(torch.tensor([1, 2, 3]).diag(), torch.diag(torch.tensor([1., 2.]), 1), torch.tensor([1., 2.]).diag(-2))
print(sq.diag(), sq.diag(1), sq.t().diag(-2), torch.diag(sq, 5))
print(torch.tensor([1., 2., 3., 4.]).cumprod(0), torch.tensor([[1, 2], [3, 4]]).cumprod(1), m.t().cumprod(0))
print(torch.tensor([True, True]).cumprod(0), torch.tensor([1, 2]).cumprod(0, dtype=torch.float64))
x = torch.tensor([[1, 2], [3, 4]])
print(x.repeat_interleave(2), x.repeat_interleave(2, dim=0), torch.repeat_interleave(x, torch.tensor([1, 3]), dim=1))
print(torch.repeat_interleave(torch.tensor([2, 0, 1])), x.t().repeat_interleave(torch.tensor([0, 2]), 0))
print(torch.tensor(5.).repeat_interleave(3))
print(x.tile(2), torch.tile(x, (2, 1, 1)).shape, x.tile((1, 3)))
r = torch.zeros(2, 3, 4)
print(r.movedim(0, -1).shape, torch.movedim(r, (0, 1), (2, 0)).shape, r.moveaxis(2, 0).stride(), r.swapdims(0, 2).shape)
print(torch.moveaxis(r, [0], [1]).shape, torch.swapdims(x, 0, 1), x.t().ravel(), torch.ravel(x), x.ravel().is_contiguous())
d = torch.tensor([1, 4, 9, 16, 25])
print(d.diff(), torch.diff(d, n=2), d.diff(prepend=torch.tensor([0]), append=torch.tensor([30, 40])))
print(sq.diff(dim=0), sq.diff(n=3, dim=1), torch.tensor([True, False, False]).diff(), d.diff(n=0))

# gradients
w = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
weights = torch.tensor([[1., 10., 100.], [1000., 10000., 100000.]])
for name, f in [("flip", lambda t: t.flip(1)), ("roll", lambda t: t.roll(1, 1)), ("roll_flat", lambda t: t.roll(2)),
                ("tril", lambda t: t.tril()), ("triu", lambda t: t.triu(1)), ("cumprod", lambda t: t.cumprod(1)),
                ("repeat_interleave", lambda t: t.repeat_interleave(2, 1)[:, :3]), ("tile", lambda t: t.tile(1, 2)[:, 2:5]),
                ("movedim", lambda t: t.movedim(0, 1).t()), ("diff", lambda t: torch.nn.functional.pad(t.diff(), (0, 1)))]:
    w.grad = None
    out = f(w)
    (out * weights).sum().backward()
    print(name, out.detach(), w.grad)
print(w.flip(0).grad_fn.name(), w.roll(1).grad_fn.name(), w.tril().grad_fn.name(), w.triu().grad_fn.name(), w.cumprod(0).grad_fn.name())
v = torch.tensor([1., 2., 3.], requires_grad=True)
dv = v.diag()
print(dv)
(dv * torch.arange(9.).reshape(3, 3)).sum().backward()
print(v.grad)
v.grad = None
dm = w.diag(1)
print(dm)
dm.sum().backward()
print(w.grad)
z = torch.tensor([2., 0., 3., 0., 5.], requires_grad=True)
cp = z.cumprod(0)
(cp * torch.tensor([1., 2., 3., 4., 5.])).sum().backward()
print(cp.detach(), z.grad)
z1 = torch.tensor([[0., 2., 3.], [4., 5., 6.]], requires_grad=True)
z1.cumprod(1).sum().backward()
print(z1.grad)

err("flip_dim", lambda: torch.ones(3).flip(3))
err("flip_repeat", lambda: torch.ones(3).flip(0, 0))
err("roll_dim", lambda: torch.ones(3).roll(1, 5))
err("roll_align", lambda: torch.ones(3).roll((1, 2), (0,)))
err("roll_flat_align", lambda: torch.ones(3).roll((1, 2)))
err("tril_1d", lambda: torch.ones(3).tril())
err("triu_1d", lambda: torch.ones(3).triu_())
err("diag_3d", lambda: torch.zeros(2, 2, 2).diag())
err("diag_huge", lambda: torch.ones(3).diag(2 ** 62))
err("cumprod_dim", lambda: torch.ones(3).cumprod(2))
err("repeat_negative", lambda: torch.ones(3).repeat_interleave(-1))
err("repeat_size", lambda: torch.ones(3).repeat_interleave(torch.tensor([1, 2])))
err("tile_negative", lambda: torch.ones(3).tile(-1))
err("movedim_dim", lambda: torch.ones(3).movedim(0, 4))
err("movedim_repeat", lambda: torch.ones(2, 3).movedim((0, 0), (0, 1)))
err("fliplr_1d", lambda: torch.ones(3).fliplr())
err("diff_order", lambda: torch.ones(3).diff(n=-1))
err("diff_scalar", lambda: torch.tensor(1.).diff())
