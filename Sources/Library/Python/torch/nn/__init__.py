"""torch.nn: Module, Parameter and the layers, written on the native tensor library with
PyTorch's behaviour and printed forms."""

import math
import torch
import torch.nn.functional as functional
from torch import Tensor

F = functional

from torch.nn.module import Module, Parameter, RemovableHandle
from torch.nn.containers import Sequential, ModuleList, ModuleDict

class Linear(Module):
    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = Parameter(torch.empty(out_features, in_features))
        if bias:
            self.bias = Parameter(torch.empty(out_features))
        else:
            self.register_parameter('bias', None)
        self.reset_parameters()

    def reset_parameters(self):
        # kaiming_uniform_(a=sqrt(5)) for the weight and U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for
        # the bias: PyTorch's defaults, drawing from the same generator in the same order.
        bound = 1 / math.sqrt(self.in_features) if self.in_features > 0 else 0
        with torch.no_grad():
            self.weight.uniform_(-bound, bound)
            if self.bias is not None:
                self.bias.uniform_(-bound, bound)

    def forward(self, input):
        return F.linear(input, self.weight, self.bias)

    def extra_repr(self):
        return 'in_features=' + str(self.in_features) + ', out_features=' + str(self.out_features) + ', bias=' + str(self.bias is not None)

class ReLU(Module):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace
    def forward(self, input):
        return F.relu(input, inplace=self.inplace)
    def extra_repr(self):
        return 'inplace=True' if self.inplace else ''

class Sigmoid(Module):
    def forward(self, input):
        return torch.sigmoid(input)

class Tanh(Module):
    def forward(self, input):
        return torch.tanh(input)

class Identity(Module):
    def forward(self, input):
        return input

class Flatten(Module):
    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim
    def forward(self, input):
        return input.flatten(self.start_dim, self.end_dim)
    def extra_repr(self):
        return 'start_dim=' + str(self.start_dim) + ', end_dim=' + str(self.end_dim)

class Softmax(Module):
    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim
    def forward(self, input):
        return F.softmax(input, self.dim)
    def extra_repr(self):
        return 'dim=' + str(self.dim)

def _pair(x):
    if isinstance(x, (tuple, list)):
        return tuple(x)
    return (x, x)

class Conv2d(Module):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1,
                 groups=1, bias=True, padding_mode='zeros'):
        super().__init__()
        if groups <= 0:
            raise ValueError('groups must be a positive integer')
        if in_channels % groups != 0:
            raise ValueError('in_channels must be divisible by groups')
        if out_channels % groups != 0:
            raise ValueError('out_channels must be divisible by groups')
        if padding_mode not in ('zeros', 'reflect', 'replicate', 'circular'):
            raise ValueError("padding_mode must be one of ['zeros', 'reflect', 'replicate', 'circular'], but got padding_mode='" + str(padding_mode) + "'")
        if padding_mode != 'zeros':
            raise NotImplementedError("padding_mode='" + padding_mode + "' is not supported in Tessera")
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.kernel_size = _pair(kernel_size)
        self.stride = _pair(stride)
        if isinstance(padding, str):
            if padding not in ('same', 'valid'):
                raise ValueError("Invalid padding string '" + padding + "', should be one of ['valid', 'same']")
            if padding == 'same' and any(s != 1 for s in _pair(stride)):
                raise ValueError("padding='same' is not supported for strided convolutions")
            self.padding = padding
        else:
            self.padding = _pair(padding)
        self.dilation = _pair(dilation)
        self.transposed = False
        self.output_padding = (0, 0)
        self.groups = groups
        self.padding_mode = padding_mode
        self.weight = Parameter(torch.empty(out_channels, in_channels // groups, *self.kernel_size))
        if bias:
            self.bias = Parameter(torch.empty(out_channels))
        else:
            self.register_parameter('bias', None)
        self.reset_parameters()

    def reset_parameters(self):
        from torch.nn import init
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in, _ = init._fans(self.weight)
            if fan_in != 0:
                bound = 1 / math.sqrt(fan_in)
                init.uniform_(self.bias, -bound, bound)

    def _conv_padding(self):
        if self.padding == 'valid':
            return (0, 0)
        if self.padding == 'same':
            pads = []
            for d, k in zip(self.dilation, self.kernel_size):
                total = d * (k - 1)
                if total % 2:
                    raise NotImplementedError("padding='same' needing asymmetric padding is not supported in Tessera")
                pads.append(total // 2)
            return tuple(pads)
        return self.padding

    def forward(self, input):
        return F.conv2d(input, self.weight, self.bias, self.stride, self._conv_padding(), self.dilation, self.groups)

    def extra_repr(self):
        s = str(self.in_channels) + ', ' + str(self.out_channels) + ', kernel_size=' + str(self.kernel_size) + ', stride=' + str(self.stride)
        if self.padding != (0, 0):
            s += ', padding=' + str(self.padding)
        if self.dilation != (1, 1):
            s += ', dilation=' + str(self.dilation)
        if self.groups != 1:
            s += ', groups=' + str(self.groups)
        if self.bias is None:
            s += ', bias=False'
        if self.padding_mode != 'zeros':
            s += ', padding_mode=' + self.padding_mode
        return s

class MaxPool2d(Module):
    def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride if (stride is not None) else kernel_size
        self.padding = padding
        self.dilation = dilation
        self.return_indices = return_indices
        self.ceil_mode = ceil_mode
    def forward(self, input):
        return F.max_pool2d(input, self.kernel_size, self.stride, self.padding, self.dilation,
                            ceil_mode=self.ceil_mode, return_indices=self.return_indices)
    def extra_repr(self):
        return ('kernel_size=' + str(self.kernel_size) + ', stride=' + str(self.stride) + ', padding=' + str(self.padding)
                + ', dilation=' + str(self.dilation) + ', ceil_mode=' + str(self.ceil_mode))

class AvgPool2d(Module):
    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None):
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride if (stride is not None) else kernel_size
        self.padding = padding
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad
        self.divisor_override = divisor_override
    def forward(self, input):
        return F.avg_pool2d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                            self.count_include_pad, self.divisor_override)
    def extra_repr(self):
        return 'kernel_size=' + str(self.kernel_size) + ', stride=' + str(self.stride) + ', padding=' + str(self.padding)

class AdaptiveAvgPool2d(Module):
    def __init__(self, output_size):
        super().__init__()
        self.output_size = output_size
    def forward(self, input):
        return F.adaptive_avg_pool2d(input, self.output_size)
    def extra_repr(self):
        return 'output_size=' + str(self.output_size)

class AdaptiveMaxPool2d(Module):
    def __init__(self, output_size, return_indices=False):
        super().__init__()
        self.output_size = output_size
        self.return_indices = return_indices
    def forward(self, input):
        return F.adaptive_max_pool2d(input, self.output_size, self.return_indices)
    def extra_repr(self):
        return 'output_size=' + str(self.output_size)

class Upsample(Module):
    def __init__(self, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None):
        super().__init__()
        self.size = size
        self.scale_factor = float(scale_factor) if isinstance(scale_factor, (int, float)) else scale_factor
        self.mode = mode
        self.align_corners = align_corners
        self.recompute_scale_factor = recompute_scale_factor
    def forward(self, input):
        return F.interpolate(input, self.size, self.scale_factor, self.mode, self.align_corners,
                             recompute_scale_factor=self.recompute_scale_factor)
    def extra_repr(self):
        if self.scale_factor is not None:
            info = 'scale_factor=' + repr(self.scale_factor)
        else:
            info = 'size=' + repr(self.size)
        return info + ', mode=' + repr(self.mode)

class Dropout(Module):
    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError('dropout probability has to be between 0 and 1, but got ' + str(p))
        self.p = p
        self.inplace = inplace
    def forward(self, input):
        return F.dropout(input, self.p, self.training, self.inplace)
    def extra_repr(self):
        return 'p=' + str(self.p) + ', inplace=' + str(self.inplace)

class LeakyReLU(Module):
    def __init__(self, negative_slope=0.01, inplace=False):
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace
    def forward(self, input):
        return F.leaky_relu(input, self.negative_slope, self.inplace)
    def extra_repr(self):
        return 'negative_slope=' + str(self.negative_slope) + (', inplace=True' if self.inplace else '')

class MSELoss(Module):
    def __init__(self, reduction='mean'):
        super().__init__()
        self.reduction = reduction
    def forward(self, input, target):
        return F.mse_loss(input, target, reduction=self.reduction)

class L1Loss(Module):
    def __init__(self, reduction='mean'):
        super().__init__()
        self.reduction = reduction
    def forward(self, input, target):
        return F.l1_loss(input, target, reduction=self.reduction)

class CrossEntropyLoss(Module):
    def __init__(self, reduction='mean'):
        super().__init__()
        self.reduction = reduction
    def forward(self, input, target):
        return F.cross_entropy(input, target, reduction=self.reduction)

from torch.nn.batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d

# Names this package needs but PyTorch's torch.nn does not offer (its imports, and the files it
# is split into): dir() and Tab completion leave them out, so what a learner completes to also
# exists in PyTorch.
_NOT_IN_PYTORCH = {'F', 'RemovableHandle', 'Tensor', 'batchnorm', 'containers', 'math', 'module', 'torch'}

def __dir__():
    return [name for name in globals() if name not in _NOT_IN_PYTORCH]
