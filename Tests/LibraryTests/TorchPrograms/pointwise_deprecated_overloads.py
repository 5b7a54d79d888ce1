# PyTorch 0.4's argument orders, still accepted by PyTorch 2 (with one deprecation warning on
# stderr): add_(Number alpha, Tensor other) and addcdiv_(Number value, Tensor tensor1, Tensor
# tensor2), as chapter 16's optimizer callbacks write them; the errors around them; and
# addcdiv/addcmul rounded as PyTorch's kernels round (value*t1/t2 rounded step by step, value*t1*t2
# fused with the sum), checked bit for bit on many random values.
import torch

t = torch.tensor([1., 2., 3.])
g = torch.tensor([0.5, -1., 4.])
d = torch.tensor([2., 4., 8.])
print(t.clone().add_(-0.1, g).tolist(), t.add(2, g).tolist(), t.add(2, 3).tolist())
print(t.clone().sub_(0.5, g).tolist(), t.sub(0.5, g).tolist(), torch.add(t, 2, g).tolist())
print(t.clone().addcdiv_(-0.1, g, d).tolist(), t.addcdiv(0.3, g, d).tolist(), torch.addcdiv(t, 0.3, g, d).tolist())
print(t.clone().addcmul_(0.5, g, d).tolist(), t.addcmul(0.5, g, d).tolist(), torch.addcmul(t, 0.5, g, d).tolist())
print(t.addcdiv(g, d).tolist(), t.addcmul(g, d, value=2).tolist(), t.add(g, alpha=3).tolist())
for f in [lambda: t.add_(g, g), lambda: t.sub(g, g), lambda: t.addcdiv_(g, g, g), lambda: t.addcmul(g, g, g),
          lambda: t.add(2, g, alpha=3), lambda: t.addcdiv(2, g, d, value=3)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

torch.manual_seed(0)
x, a = torch.rand(20000) * 4 - 2, torch.rand(20000) * 4 - 2
b = torch.rand(20000) + 0.1
for v in [-0.003, 0.7, 1e-5]:
    r1, r2 = torch.addcdiv(x, a, b, value=v), torch.addcmul(x, a, b, value=v)
    print(v, r1[:4].tolist(), r2[:4].tolist())
    print(' ', (r1 == x + v * a / b).all().item(), (r1 == x.clone().addcdiv_(v, a, b)).all().item(),
          (r2 == (x.double() + (v * a).double() * b.double()).float()).all().item(),
          (r2 == x.clone().addcmul_(v, a, b)).all().item(), (x.clone().add_(v, a) == torch.add(x, a, alpha=v)).all().item())

# Chapter 16's optimizer callbacks through fastai's Optimizer, on fixed gradients.
from fastai.vision.all import *

def sgd_cb(p, lr, **kwargs): p.data.add_(-lr, p.grad.data)

def average_grad(p, mom, grad_avg=None, **kwargs):
    if grad_avg is None: grad_avg = torch.zeros_like(p.grad.data)
    return {'grad_avg': grad_avg*mom + p.grad.data}

def momentum_step(p, lr, grad_avg, **kwargs): p.data.add_(-lr, grad_avg)

def average_sqr_grad(p, sqr_mom, sqr_avg=None, **kwargs):
    if sqr_avg is None: sqr_avg = torch.zeros_like(p.grad.data)
    return {'sqr_avg': sqr_avg*sqr_mom + p.grad.data**2}

def rms_prop_step(p, lr, sqr_avg, eps, grad_avg=None, **kwargs):
    denom = sqr_avg.sqrt().add_(eps)
    p.data.addcdiv_(-lr, p.grad, denom)

for name, cbs, hypers in [('sgd', [sgd_cb], dict(lr=0.03)),
                          ('momentum', [average_grad, momentum_step], dict(lr=0.03, mom=0.9)),
                          ('rmsprop', [average_sqr_grad, rms_prop_step], dict(lr=0.003, sqr_mom=0.99, eps=1e-7))]:
    torch.manual_seed(3)
    ps = [nn.Parameter(torch.randn(4, 3)), nn.Parameter(torch.randn(3))]
    opt = Optimizer(ps, cbs, **hypers)
    for i in range(5):
        torch.manual_seed(100 + i)
        for p in ps:
            p.grad = torch.randn(p.shape)
        opt.step()
        opt.zero_grad()
    print(name, ps[0].flatten().tolist(), ps[1].tolist())
