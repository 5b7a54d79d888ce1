"""torch.optim: Optimizer, SGD and Adam."""

import torch

class Optimizer:
    def __init__(self, params, defaults):
        self.defaults = defaults
        params = list(params)
        if params and isinstance(params[0], dict):
            self.param_groups = [dict(defaults, **g) for g in params]
        else:
            self.param_groups = [dict(defaults, params=params)]
        self.state = {}

    def zero_grad(self, set_to_none=True):
        for group in self.param_groups:
            for p in group['params']:
                if set_to_none:
                    p.grad = None
                elif p.grad is not None:
                    p.grad.zero_()

class SGD(Optimizer):
    def __init__(self, params, lr=0.001, momentum=0, weight_decay=0):
        super().__init__(params, dict(lr=lr, momentum=momentum, weight_decay=weight_decay))

    def step(self):
        with torch.no_grad():
            for group in self.param_groups:
                for p in group['params']:
                    if p.grad is None:
                        continue
                    d = p.grad
                    if group['weight_decay']:
                        d = d + group['weight_decay'] * p
                    if group['momentum']:
                        key = id(p)
                        buf = self.state.get(key)
                        if buf is None:
                            buf = d.clone()
                        else:
                            buf.mul_(group['momentum']).add_(d)
                        self.state[key] = buf
                        d = buf
                    p.sub_(group['lr'] * d)

class Adam(Optimizer):
    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay))

    def step(self):
        with torch.no_grad():
            for group in self.param_groups:
                beta1, beta2 = group['betas']
                for p in group['params']:
                    if p.grad is None:
                        continue
                    g = p.grad
                    if group['weight_decay']:
                        g = g + group['weight_decay'] * p
                    key = id(p)
                    state = self.state.get(key)
                    if state is None:
                        state = {'step': 0, 'm': torch.zeros_like(p), 'v': torch.zeros_like(p)}
                        self.state[key] = state
                    state['step'] += 1
                    state['m'].mul_(beta1).add_((1 - beta1) * g)
                    state['v'].mul_(beta2).add_((1 - beta2) * g * g)
                    m_hat = state['m'] / (1 - beta1 ** state['step'])
                    v_hat = state['v'] / (1 - beta2 ** state['step'])
                    p.sub_(group['lr'] * m_hat / (v_hat.sqrt() + group['eps']))
