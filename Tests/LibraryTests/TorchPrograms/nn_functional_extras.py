# F.pad, F.unfold and Tensor.unfold, F.interpolate (nearest, bilinear), F.adaptive_max_pool2d,
# torch.histc, addcdiv_/addcmul_, Tensor._make_subclass, indexing with a range, nn.Upsample and
# nn.AdaptiveMaxPool2d: values, shapes, grad_fn names and gradients.
import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=4)
x = torch.arange(18.0).reshape(1, 2, 3, 3).requires_grad_()
p = F.pad(x, (1, 2))
print(p.shape, p.grad_fn.name())
print(p[0, 1])
print(F.pad(x, (1, 1, 2, 0), value=-1.0)[0, 0])
print(F.pad(x, (-1, 0, 0, -1))[0, 0])
(p * torch.arange(p.numel(), dtype=torch.float32).reshape(p.shape)).sum().backward()
print(x.grad[0, 0])
print(F.pad(x.detach(), (1, 1, 2, 1), mode='reflect')[0, 0])
print(F.pad(x.detach(), (2, 1, 1, 0), mode='replicate')[0, 1])
for bad in [(1,), (1, 1, 1, 1, 1, 1, 1, 1, 1, 1)]:
    try:
        F.pad(x, bad)
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    F.pad(x, (1, 1), mode='reflect')
except NotImplementedError as e:
    print('NotImplementedError:', e)

t = torch.arange(10.0, requires_grad=True)
w = t.unfold(0, 4, 3)
print(w, w.stride(), w.grad_fn.name())
w.sum().backward()
print(t.grad)
m = torch.arange(24.0).reshape(2, 3, 4)
print(m.unfold(2, 2, 1).shape, m.unfold(1, 2, 1)[1, 0])
try:
    m.unfold(1, 5, 1)
except RuntimeError as e:
    print('RuntimeError:', e)

img = torch.arange(2 * 2 * 4 * 5, dtype=torch.float32).reshape(2, 2, 4, 5).requires_grad_()
cols = F.unfold(img, kernel_size=(2, 3), padding=1, stride=(2, 1))
print(cols.shape, cols.grad_fn.name())
print(cols[1, :4, :6])
(cols * torch.linspace(-1, 1, cols.numel()).reshape(cols.shape)).sum().backward()
print(img.grad[1, 1])

small = torch.tensor([[[[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]]]], requires_grad=True)
print(F.interpolate(small, scale_factor=2))
print(F.interpolate(small, size=(3, 5)))
print(F.interpolate(small, size=(3, 4), mode='bilinear', align_corners=False))
print(F.interpolate(small, scale_factor=2, mode='bilinear', align_corners=True))
up = F.interpolate(small, scale_factor=(1.5, 2.5), mode='bilinear')
print(up.shape)
(up * torch.arange(float(up.numel())).reshape(up.shape)).sum().backward()
print(small.grad)
print(nn.Upsample(scale_factor=2), nn.Upsample(size=(3, 4), mode='bilinear'))
try:
    F.interpolate(small, scale_factor=2, align_corners=True)
except ValueError as e:
    print('ValueError:', e)

q = torch.tensor([[[[1.0, 5.0, 2.0, 0.0], [3.0, 2.0, 8.0, 1.0], [0.0, 4.0, 1.0, 7.0]]]], requires_grad=True)
values, indices = F.adaptive_max_pool2d(q, (2, 3), return_indices=True)
print(values, indices)
values.sum().backward()
print(q.grad, values.grad_fn.name())
print(nn.AdaptiveMaxPool2d((1, 2)), nn.AdaptiveMaxPool2d(1)(q))

data = torch.tensor([0.5, 1.0, 2.5, 3.0, -1.0, 4.0, 2.0, 2.0])
print(torch.histc(data, bins=4, min=0, max=4), data.histc(3), torch.histc(torch.tensor([2.0, 2.0]), bins=4))
try:
    torch.histc(data, bins=2, min=3, max=1)
except RuntimeError as e:
    print('RuntimeError:', e)

avg = torch.ones(3)
avg.addcmul_(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.0, 2.0, 2.0]), value=0.5)
print(avg)
avg.addcdiv_(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 8.0, 2.0]), value=-2)
print(avg, torch.addcdiv(avg, avg, avg), avg.addcmul(avg, avg, value=2))

class Tagged(torch.Tensor):
    pass
tagged = torch.Tensor._make_subclass(Tagged, torch.ones(2), True)
print(type(tagged).__name__, tagged.requires_grad)
grid = torch.arange(12).reshape(4, 3)
print(grid[range(1, 4, 2)], grid[range(3)].shape, grid[:, range(2)])

# Reflect, replicate and circular padding: values and gradients (positions weighted so each
# source element's sum shows) on contiguous, channels-last and sliced-batch inputs.
base = torch.arange(2 * 4 * 4 * 3, dtype=torch.float32).reshape(2, 4, 4, 3) / 10
layouts = [('contiguous', base.permute(0, 3, 1, 2).contiguous()), ('channels-last', base.permute(0, 3, 1, 2)),
           ('sliced batch', torch.cat([base, base * 2]).permute(0, 3, 1, 2)[1::2])]
for label, inp in layouts:
    for mode, amounts in [('reflect', (2, 1, 1, 3)), ('replicate', (3, 0, 2, 1)), ('circular', (1, 2, 2, 1)),
                          ('reflect', (1, 2))]:
        leaf = inp.detach().clone().requires_grad_() if label == 'contiguous' else inp.detach().requires_grad_()
        source = leaf if len(amounts) == 4 else leaf[:, :, 0]
        padded = F.pad(source, amounts, mode=mode)
        weights = torch.arange(padded.numel(), dtype=torch.float32).reshape(padded.shape) % 7
        (padded * weights).sum().backward()
        print(label, mode, tuple(padded.shape), round(padded.detach().sum().item(), 3), round(padded.detach()[1, 2].abs().sum().item(), 3))
        print(leaf.grad[1, 2])
