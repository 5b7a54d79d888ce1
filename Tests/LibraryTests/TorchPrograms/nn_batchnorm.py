# BatchNorm1d/2d: printed forms, train and eval outputs, running statistics with momentum and
# with momentum=None (cumulative average), num_batches_tracked, gradients, affine=False,
# track_running_stats=False, and the errors for wrong input ranks.
import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=4)
torch.manual_seed(0)
print(nn.BatchNorm1d(3))
print(nn.BatchNorm2d(4, eps=1e-3, momentum=0.2, affine=False))
print(nn.BatchNorm2d(2, momentum=None, track_running_stats=False))

bn = nn.BatchNorm2d(3)
print(list(bn.state_dict().keys()))
print([n for n, _ in bn.named_parameters()], [n for n, _ in bn.named_buffers()])
x = torch.randn(4, 3, 5, 5) * 2 + 1
x.requires_grad_()
y = bn(x)
print(y.grad_fn.name())
print(bool(y.mean(dim=(0, 2, 3)).abs().max() < 1e-5), y.std(dim=(0, 2, 3)))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
(y * torch.arange(100.0).reshape(4, 1, 5, 5)).sum().backward()
print(x.grad[0, 0])
print(bn.weight.grad.round(decimals=2), bn.bias.grad)
bn(torch.randn(4, 3, 5, 5))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
z = bn(x)
print(z[1, 2, :2])
print(bn.num_batches_tracked)

cumulative = nn.BatchNorm1d(2, momentum=None)
for step in range(3):
    cumulative(torch.randn(6, 2) * (step + 1))
print(cumulative.running_mean, cumulative.running_var, cumulative.num_batches_tracked)

seq = nn.BatchNorm1d(3)
v = torch.randn(4, 3, 6, requires_grad=True)
out = seq(v)
(out * torch.arange(72.0).reshape(4, 3, 6).cos()).sum().backward()
print(out[0, :, :3])
print(v.grad[1])
print(seq.running_var)

plain = nn.BatchNorm2d(2, affine=False, track_running_stats=False)
print(plain.weight, plain.running_mean, list(plain.state_dict().keys()))
w = torch.randn(3, 2, 2, 2)
print(plain(w)[0])
plain.eval()
print(plain(w)[0])

bn.train()
with torch.no_grad():
    bn.weight.fill_(2.0)
    bn.bias.fill_(-1.0)
print(bn(x).detach()[0, 1, 0])
print(F.batch_norm(x.detach(), torch.zeros(3), torch.ones(3), training=False)[0, 0, 0])
for bad in [lambda: nn.BatchNorm2d(3)(torch.randn(3, 5, 5)), lambda: nn.BatchNorm1d(3)(torch.randn(2, 3, 4, 4)),
            lambda: nn.BatchNorm1d(3)(torch.randn(1, 3)), lambda: nn.BatchNorm2d(4)(torch.randn(2, 3, 2, 2))]:
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ':', e)
