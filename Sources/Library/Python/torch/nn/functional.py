"""torch.nn.functional: the native functions (activations, losses, convolution, pooling) and
those written in Python on top of them."""

import math
import torch
from _tessera_functional import *
from _tessera_functional import _batch_norm, _constant_pad, _interpolate


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


def _verify_batch_size(size):
    values = size[0]
    for i in range(len(size) - 2):
        values *= size[i + 2]
    if values == 1:
        raise ValueError('Expected more than 1 value per channel when training, got input size ' + str(size))


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
    if training:
        _verify_batch_size(input.size())
    if training and eps <= 0.0:
        raise ValueError('batch_norm eps must be positive during training, but got ' + str(eps))
    elif eps < 0.0:
        raise ValueError('batch_norm eps must be non-negative, but got ' + str(eps))
    return _batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps)


def pad(input, pad, mode='constant', value=None):
    if mode == 'constant':
        return _constant_pad(input, pad, 0 if value is None else value)
    if mode not in ('reflect', 'replicate', 'circular'):
        raise NotImplementedError('Unrecognised padding mode ' + str(mode))
    if value is not None and value != 0:
        raise ValueError('Padding mode "' + mode + '" doesn\'t take in value argument')
    dims = len(pad) // 2
    if len(pad) % 2 or dims > 3 or input.dim() not in (dims + 1, dims + 2):
        raise NotImplementedError('Padding size ' + str(len(pad)) + ' is not supported for ' + str(input.dim()) + 'D input tensor.\n'
                                  + 'Supported combinations for non-constant padding:\n'
                                  + '  - 2D or 3D input: padding size = 2 (pads last dimension)\n'
                                  + '  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n'
                                  + '  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)')
    # Reflect, replicate and circular padding gather existing elements: one index list per
    # padded dimension, applied with index_select (whose gradient adds back into the sources).
    result = input
    for k in range(dims):
        dim = input.dim() - 1 - k
        size = input.shape[dim]
        before, after = pad[2 * k], pad[2 * k + 1]
        if mode == 'reflect' and (before >= size or after >= size):
            raise RuntimeError('Argument #4: Padding size should be less than the corresponding input dimension, but got: padding ('
                               + str(before) + ', ' + str(after) + ') at dimension ' + str(dim) + ' of input ' + str(list(input.shape)))
        if mode == 'circular' and (before > size or after > size):
            raise RuntimeError('Padding value causes wrapping around more than once.')
        index = []
        for i in range(-before, size + after):
            if mode == 'reflect':
                j = -i if i < 0 else (2 * (size - 1) - i if i >= size else i)
            elif mode == 'replicate':
                j = min(max(i, 0), size - 1)
            else:
                j = i % size
            index.append(j)
        result = result.index_select(dim, torch.tensor(index, dtype=torch.long))
    return result


def _interpolation_sizes(input, size, scale_factor, recompute_scale_factor):
    spatial = input.dim() - 2
    if size is not None and scale_factor is not None:
        raise ValueError('only one of size or scale_factor should be defined')
    if size is not None:
        sizes = list(size) if isinstance(size, (list, tuple)) else [size] * spatial
        if len(sizes) != spatial:
            raise ValueError('Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of '
                             + str(list(input.shape[2:])) + ' and output size of ' + str(size) + '. Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.')
        return sizes, [None] * spatial
    if scale_factor is None:
        raise ValueError('either size or scale_factor should be defined')
    factors = list(scale_factor) if isinstance(scale_factor, (list, tuple)) else [scale_factor] * spatial
    sizes = [int(math.floor(float(input.shape[i + 2]) * factors[i])) for i in range(spatial)]
    if recompute_scale_factor:
        return sizes, [None] * spatial
    return sizes, factors


def interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None,
                antialias=False):
    if mode in ('nearest', 'area', 'nearest-exact') and align_corners is not None:
        raise ValueError('align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear')
    spatial = input.dim() - 2
    if mode not in ('nearest', 'linear', 'bilinear'):
        raise NotImplementedError("Tessera's interpolate supports the modes nearest, linear and bilinear, not " + str(mode))
    expected = {'linear': 1, 'bilinear': 2}.get(mode)
    if expected is not None and spatial != expected:
        raise NotImplementedError('Got ' + str(input.dim()) + 'D input, but ' + mode + ' mode needs ' + str(expected + 2) + 'D input')
    if spatial not in (1, 2):
        raise NotImplementedError('Input Error: Only 3D and 4D input Tensors supported (got ' + str(input.dim()) + 'D) for the modes: nearest | linear | bilinear')
    sizes, factors = _interpolation_sizes(input, size, scale_factor, recompute_scale_factor)
    return _interpolate(input, sizes, factors, 'nearest' if mode == 'nearest' else 'linear', bool(align_corners))


def upsample(input, size=None, scale_factor=None, mode='nearest', align_corners=None):
    return interpolate(input, size, scale_factor, mode, align_corners)
