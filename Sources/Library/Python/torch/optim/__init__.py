"""torch.optim: Optimizer, SGD, Adam and AdamW with PyTorch's update rules (its single-tensor
forms), param groups and per-parameter state; lr_scheduler is the submodule of schedules."""

import math
import torch


class _RequiredParameter:
    def __repr__(self):
        return "<required parameter>"


required = _RequiredParameter()


class Optimizer:
    def __init__(self, params, defaults):
        self.defaults = defaults
        self.state = {}
        self.param_groups = []
        if isinstance(params, torch.Tensor):
            raise TypeError("params argument given to the optimizer should be an iterable of Tensors or dicts, "
                            "but got " + params.type())
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(param_groups[0], dict):
            param_groups = [{'params': param_groups}]
        for group in param_groups:
            self.add_param_group(group)

    def __repr__(self):
        text = self.__class__.__name__ + ' ('
        for i, group in enumerate(self.param_groups):
            text += '\nParameter Group ' + str(i)
            for key in sorted(group.keys()):
                if key != 'params':
                    text += '\n    ' + key + ': ' + str(group[key])
        return text + '\n)'

    def add_param_group(self, param_group):
        if not isinstance(param_group, dict):
            raise TypeError(f"param_group must be a dict, but got {type(param_group).__name__}")
        params = param_group['params']
        if isinstance(params, torch.Tensor):
            param_group['params'] = [params]
        elif isinstance(params, set):
            raise TypeError("optimizer parameters need to be organized in ordered collections, but the ordering of "
                            "tensors in sets will change between runs. Please use a list instead.")
        else:
            param_group['params'] = list(params)
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError(f"parameter group didn't specify a value of required optimization parameter {name}")
            param_group.setdefault(name, default)
        seen = set()
        for group in self.param_groups:
            for p in group['params']:
                seen.add(id(p))
        for p in param_group['params']:
            if id(p) in seen:
                raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    def zero_grad(self, set_to_none=True):
        for group in self.param_groups:
            for p in group['params']:
                if p.grad is None:
                    continue
                if set_to_none:
                    p.grad = None
                else:
                    p.grad.zero_()

    def _state_for(self, p):
        key = id(p)
        state = self.state.get(key)
        if state is None:
            state = {}
            self.state[key] = state
        return state

    def state_dict(self):
        index = {}
        groups = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != 'params'}
            ids = []
            for p in group['params']:
                index.setdefault(id(p), len(index))
                ids.append(index[id(p)])
            packed['params'] = ids
            groups.append(packed)
        state = {index[k]: v for k, v in self.state.items() if k in index}
        return {'state': state, 'param_groups': groups}

    def load_state_dict(self, state_dict):
        groups = state_dict['param_groups']
        if len(groups) != len(self.param_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        params = []
        for group, saved in zip(self.param_groups, groups):
            if len(group['params']) != len(saved['params']):
                raise ValueError("loaded state dict contains a parameter group that doesn't match the size of optimizer's group")
            params.extend(zip(saved['params'], group['params']))
            for k, v in saved.items():
                if k != 'params':
                    group[k] = v
        self.state = {}
        for index, p in params:
            if index in state_dict['state']:
                self.state[id(p)] = dict(state_dict['state'][index])


class SGD(Optimizer):
    def __init__(self, params, lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False):
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                      nesterov=nesterov, maximize=maximize))

    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        with torch.no_grad():
            for group in self.param_groups:
                momentum, dampening = group['momentum'], group['dampening']
                for p in group['params']:
                    if p.grad is None:
                        continue
                    grad = p.grad if not group['maximize'] else -p.grad
                    if group['weight_decay'] != 0:
                        grad = grad.add(p, alpha=group['weight_decay'])
                    if momentum != 0:
                        state = self._state_for(p)
                        buf = state.get('momentum_buffer')
                        if buf is None:
                            buf = grad.clone().detach()
                            state['momentum_buffer'] = buf
                        else:
                            buf.mul_(momentum).add_(grad, alpha=1 - dampening)
                        grad = grad.add(buf, alpha=momentum) if group['nesterov'] else buf
                    p.add_(grad, alpha=-group['lr'])
        return loss


class Adam(Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 maximize=False):
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if eps < 0.0:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      maximize=maximize))

    _decoupled = False

    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        with torch.no_grad():
            for group in self.param_groups:
                beta1, beta2 = group['betas']
                lr, eps, weight_decay = group['lr'], group['eps'], group['weight_decay']
                for p in group['params']:
                    if p.grad is None:
                        continue
                    grad = p.grad if not group['maximize'] else -p.grad
                    state = self._state_for(p)
                    if len(state) == 0:
                        state['step'] = torch.tensor(0.0)
                        state['exp_avg'] = torch.zeros_like(p)
                        state['exp_avg_sq'] = torch.zeros_like(p)
                        if group['amsgrad']:
                            state['max_exp_avg_sq'] = torch.zeros_like(p)
                    state['step'] += 1
                    step = state['step'].item()
                    if weight_decay != 0:
                        if self._decoupled:
                            p.mul_(1 - lr * weight_decay)
                        else:
                            grad = grad.add(p, alpha=weight_decay)
                    exp_avg, exp_avg_sq = state['exp_avg'], state['exp_avg_sq']
                    exp_avg.add_((grad - exp_avg) * (1 - beta1))
                    exp_avg_sq.mul_(beta2).add_(grad * grad * (1 - beta2))
                    bias_correction1 = 1 - beta1 ** step
                    bias_correction2 = 1 - beta2 ** step
                    step_size = lr / bias_correction1
                    bias_correction2_sqrt = bias_correction2 ** 0.5
                    if group['amsgrad']:
                        state['max_exp_avg_sq'].copy_(torch.maximum(state['max_exp_avg_sq'], exp_avg_sq))
                        denom = (state['max_exp_avg_sq'].sqrt() / bias_correction2_sqrt).add_(eps)
                    else:
                        denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
                    p.add_(exp_avg / denom, alpha=-step_size)
        return loss


class AdamW(Adam):
    """Adam with decoupled weight decay: parameters shrink by lr * weight_decay before the step."""

    _decoupled = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                 maximize=False):
        super().__init__(params, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                         maximize=maximize)


from torch.optim import lr_scheduler

# This module's imports and `required` (PyTorch keeps it in torch.optim.optimizer) are not
# torch.optim names: dir() and Tab completion leave them out.
_NOT_IN_PYTORCH = {'math', 'required', 'torch'}

def __dir__():
    return [name for name in globals() if name not in _NOT_IN_PYTORCH]
