"""torch.nn.functional: the native functions (activations, losses, convolution, pooling) and
those written in Python on top of them."""

import torch
from _tessera_functional import *


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError('dropout probability has to be between 0 and 1, but got ' + str(p))
    if not training or p == 0.0:
        return input
    if p == 1.0:
        result = input * 0.0
    else:
        # PyTorch's CPU kernel: noise = empty_like(input).bernoulli_(1 - p), one double
        # uniform per element drawn from the stream and compared with 1 - p, then divided by 1 - p.
        with torch.no_grad():
            mask = (torch.rand(input.shape, dtype=torch.float64) < (1.0 - p)).to(input.dtype) / (1.0 - p)
        result = input * mask
    if inplace:
        with torch.no_grad():
            input.copy_(result)
        return input
    return result
