# torch.optim.lr_scheduler: OneCycleLR (cos and linear, two and three phases, momentum and betas,
# several param groups), StepLR, MultiStepLR, ExponentialLR, LambdaLR, LinearLR, CosineAnnealingLR; the
# learning rates and momentums over whole runs, printed with repr (every bit of the float).
import torch
from torch.optim.lr_scheduler import (OneCycleLR, StepLR, MultiStepLR, ExponentialLR, LambdaLR,
                                      CosineAnnealingLR, LinearLR)


def params(n=2):
    return [torch.nn.Parameter(torch.zeros(n))]


def run(name, opt, sched, steps, key=None):
    print(name)
    for i in range(steps):
        opt.step()
        sched.step()
        group = opt.param_groups[0]
        extra = '' if key is None else ' ' + repr(group[key])
        print(i, sched.get_last_lr(), sched.last_epoch, extra)


opt = torch.optim.SGD(params(), lr=0.1, momentum=0.9)
sched = OneCycleLR(opt, max_lr=0.5, total_steps=20)
print(sched.get_last_lr(), opt.param_groups[0]['momentum'], opt.param_groups[0]['initial_lr'],
      opt.param_groups[0]['max_lr'], opt.param_groups[0]['min_lr'])
run('one cycle, SGD momentum', opt, sched, 20, 'momentum')
try:
    sched.step()
except ValueError as e:
    print('ValueError:', e)

opt = torch.optim.Adam(params(), lr=1e-3)
sched = OneCycleLR(opt, max_lr=[3e-3], epochs=3, steps_per_epoch=5, pct_start=0.25, div_factor=10.0,
                   final_div_factor=100.0, base_momentum=0.8, max_momentum=0.9)
run('one cycle, Adam betas', opt, sched, 15, 'betas')

opt = torch.optim.SGD([{'params': params()}, {'params': params(3), 'lr': 0.01}], lr=0.1, momentum=0.9)
sched = OneCycleLR(opt, max_lr=[1.0, 0.1], total_steps=12, three_phase=True, anneal_strategy='linear')
run('one cycle, three phases, linear, two groups', opt, sched, 12, 'momentum')
print([g['momentum'] for g in opt.param_groups])

opt = torch.optim.SGD(params(), lr=0.1)
sched = OneCycleLR(opt, max_lr=0.1, total_steps=7, cycle_momentum=False)
run('one cycle, no momentum cycling', opt, sched, 7)

opt = torch.optim.SGD(params(), lr=1.0)
run('step', opt, StepLR(opt, step_size=3, gamma=0.5), 10)
opt = torch.optim.SGD(params(), lr=1.0)
run('multistep', opt, MultiStepLR(opt, milestones=[2, 5, 5], gamma=0.1), 8)
opt = torch.optim.SGD(params(), lr=1.0)
run('exponential', opt, ExponentialLR(opt, gamma=0.9), 5)
opt = torch.optim.SGD(params(), lr=0.5)
run('lambda', opt, LambdaLR(opt, lambda epoch: 0.95 ** epoch), 6)
opt = torch.optim.SGD(params(), lr=0.1)
run('cosine', opt, CosineAnnealingLR(opt, T_max=5, eta_min=0.001), 12)
opt = torch.optim.SGD(params(), lr=0.05)
run('linear', opt, LinearLR(opt, start_factor=0.25, total_iters=4), 7)
opt = torch.optim.SGD(params(), lr=0.05)
run('linear down', opt, LinearLR(opt, start_factor=1.0, end_factor=0.1, total_iters=3), 5)

for bad in [dict(total_steps=0), dict(), dict(total_steps=5, pct_start=1), dict(total_steps=5, anneal_strategy='exp')]:
    try:
        OneCycleLR(torch.optim.SGD(params(), lr=0.1, momentum=0.9), max_lr=0.1, **bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    StepLR('not an optimizer', 3)
except TypeError as e:
    print('TypeError:', e)
