# fastai's Optimizer: hyper-parameters from the step callbacks' defaults, parameter groups,
# set_hyper with slices, freeze/unfreeze, and the parameters after steps of SGD (with and
# without momentum), RMSProp, Adam (AdamW and L2), RAdam, QHAdam and Lamb on fixed gradients,
# printed in full so every bit counts.
from fastai.vision.all import *

def params():
    torch.manual_seed(3)
    return [nn.Parameter(torch.randn(4, 3)), nn.Parameter(torch.randn(3))]

def grads(ps, i):
    torch.manual_seed(100 + i)
    for p in ps:
        p.grad = torch.randn(p.shape)

def run(name, make, steps=4):
    ps = params()
    opt = make(ps)
    for i in range(steps):
        grads(ps, i)
        opt.step()
        opt.zero_grad()
    print(name, sorted(opt.hypers[0].items()))
    print(' ', ps[0].flatten().tolist())
    print(' ', ps[1].tolist())
    st = opt.state[ps[0]]
    print(' ', sorted(st.keys()), [st[k].flatten().tolist()[:3] for k in sorted(st.keys()) if isinstance(st[k], torch.Tensor)])

run('sgd', lambda ps: SGD(ps, lr=0.1))
run('sgd_mom_wd', lambda ps: SGD(ps, lr=0.1, mom=0.9, wd=0.01))
run('sgd_l2', lambda ps: SGD(ps, lr=0.1, wd=0.1, decouple_wd=False))
run('rmsprop', lambda ps: RMSProp(ps, lr=0.01, mom=0.9))
run('adam', lambda ps: Adam(ps, lr=0.01))
run('adam_l2', lambda ps: Adam(ps, lr=0.003, wd=0.1, decouple_wd=False))
run('radam', lambda ps: RAdam(ps, lr=0.01), steps=8)
run('qhadam', lambda ps: QHAdam(ps, lr=0.01))
run('lamb', lambda ps: Lamb(ps, lr=0.01))
run('custom', lambda ps: Optimizer(ps, [weight_decay, average_grad, momentum_step], lr=0.05, mom=0.5, wd=0.2))

ps = params()
opt = Optimizer([ps[:1], ps[1:]], [partial(average_grad, dampening=True), average_sqr_grad, step_stat, adam_step],
                lr=0.01, mom=0.9, sqr_mom=0.99, eps=1e-5)
print(len(opt.param_lists), [len(pg) for pg in opt.param_lists], list(opt.hypers))
opt.set_hyper('lr', slice(1e-4, 1e-2))
print([h['lr'] for h in opt.hypers])
opt.set_hyper('lr', slice(1e-2))
print([h['lr'] for h in opt.hypers])
opt.set_hypers(mom=[0.8, 0.7], wd=0.)
print(list(opt.hypers))
print([sorted(k for k in g if k != 'params') for g in opt.param_groups], [len(g['params']) for g in opt.param_groups])
opt.freeze()
print([p.requires_grad for p in ps], opt.frozen_idx)
opt.unfreeze()
print([p.requires_grad for p in ps], opt.frozen_idx)
grads(ps, 0)
opt.step()
print(sorted(opt.state[ps[0]].keys()), opt.state[ps[0]]['step'])
opt.clear_state()
print(opt.state[ps[0]], sorted(opt.state_dict().keys()))
try:
    opt.set_hyper('lr', [1., 2., 3.])
except AssertionError as e:
    print('AssertionError', e)
