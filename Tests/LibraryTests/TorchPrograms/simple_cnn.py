# Chapter 13's simple_cnn: nn.Conv2d (PyTorch's kaiming_uniform_ initialisation drawn from the
# seeded stream), nn.ReLU, nn.Flatten and nn.Sequential; the printed model, a forward pass on a
# seeded batch, a loss and the gradient of the first convolution's weight.
import torch
from torch import nn
import torch.nn.functional as F

def conv(ni, nf, ks=3, act=True):
    layers = [nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks//2)]
    if act: layers.append(nn.ReLU())
    return nn.Sequential(*layers)

torch.manual_seed(0)
print(nn.Conv2d(1, 4, 3).weight)
print(nn.Conv2d(1, 4, 3).bias)
torch.manual_seed(42)
simple_cnn = nn.Sequential(
    conv(1, 4),             #14x14
    conv(4, 8),             #7x7
    conv(8, 16),            #4x4
    conv(16, 32),           #2x2
    conv(32, 2, act=False), #1x1
    nn.Flatten(),
)
print(simple_cnn)
print([tuple(p.shape) for p in simple_cnn.parameters()])
print(round(simple_cnn[0][0].weight.sum().item(), 4), round(simple_cnn[4][0].bias.sum().item(), 4))
xb = torch.rand(64, 1, 28, 28)
out = simple_cnn(xb)
print(out.shape)
print(round(out.sum().item(), 3), round(out.abs().sum().item(), 3))
print(torch.round(out[:3], decimals=4))
yb = torch.arange(64) % 2
loss = F.cross_entropy(out, yb)
print(round(loss.item(), 4))
loss.backward()
g = simple_cnn[0][0].weight.grad
print(g.shape, round(g.sum().item() * 1000, 3), round(g.abs().sum().item() * 1000, 3))
print(torch.round(g[0, 0] * 1000, decimals=3))
print(round(simple_cnn[0][0].bias.grad.sum().item() * 1000, 3))
print(round(simple_cnn[4][0].weight.grad.abs().sum().item(), 4), simple_cnn[4][0].bias.grad)
