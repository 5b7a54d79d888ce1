"""torch.nn.init: the parameter initialisers, drawing from torch's random stream."""

import math
import torch

def _fans(tensor):
    fan_in = tensor.shape[1] if tensor.ndim > 1 else tensor.shape[0]
    fan_out = tensor.shape[0]
    receptive = 1
    for s in tensor.shape[2:]:
        receptive *= s
    return fan_in * receptive, fan_out * receptive

def calculate_gain(nonlinearity, param=None):
    if nonlinearity == 'relu':
        return math.sqrt(2.0)
    if nonlinearity == 'leaky_relu':
        slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1 + slope ** 2))
    if nonlinearity == 'tanh':
        return 5.0 / 3
    return 1.0

def uniform_(tensor, a=0.0, b=1.0):
    with torch.no_grad():
        return tensor.uniform_(a, b)

def normal_(tensor, mean=0.0, std=1.0):
    with torch.no_grad():
        return tensor.normal_(mean, std)

def zeros_(tensor):
    with torch.no_grad():
        return tensor.zero_()

def ones_(tensor):
    with torch.no_grad():
        return tensor.fill_(1.0)

def constant_(tensor, val):
    with torch.no_grad():
        return tensor.fill_(val)

def kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu'):
    fan_in, fan_out = _fans(tensor)
    fan = fan_in if mode == 'fan_in' else fan_out
    # PyTorch's arithmetic, step for step, so the bound is the same double.
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan)
    bound = math.sqrt(3.0) * std
    return uniform_(tensor, -bound, bound)

def kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu'):
    fan_in, fan_out = _fans(tensor)
    fan = fan_in if mode == 'fan_in' else fan_out
    return normal_(tensor, 0.0, calculate_gain(nonlinearity, a) / math.sqrt(fan))

def xavier_uniform_(tensor, gain=1.0):
    fan_in, fan_out = _fans(tensor)
    bound = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return uniform_(tensor, -bound, bound)

def xavier_normal_(tensor, gain=1.0):
    fan_in, fan_out = _fans(tensor)
    return normal_(tensor, 0.0, gain * math.sqrt(2.0 / (fan_in + fan_out)))
