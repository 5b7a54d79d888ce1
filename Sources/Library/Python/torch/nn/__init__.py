"""torch.nn: Module, Parameter and the layers, written on the native tensor library with
PyTorch's behaviour and printed forms."""

import math
import torch
import torch.nn.functional as functional
from torch import Tensor

F = functional

class Parameter(Tensor):
    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            data = torch.empty(0)
        return torch._make_subclass(cls, data, requires_grad)

    def __repr__(self):
        return 'Parameter containing:\n' + Tensor.__repr__(self)

class Module:
    def __init__(self):
        object.__setattr__(self, '_parameters', {})
        object.__setattr__(self, '_modules', {})
        object.__setattr__(self, 'training', True)

    def __setattr__(self, name, value):
        state = self.__dict__
        if isinstance(value, Parameter):
            if '_parameters' not in state:
                raise AttributeError('cannot assign parameters before Module.__init__() call')
            state['_modules'].pop(name, None)
            state['_parameters'][name] = value
            state.pop(name, None)
        elif isinstance(value, Module):
            if '_modules' not in state:
                raise AttributeError('cannot assign module before Module.__init__() call')
            state['_parameters'].pop(name, None)
            state['_modules'][name] = value
            state.pop(name, None)
        else:
            if '_parameters' in state and name in state['_parameters']:
                if value is not None:
                    raise TypeError("cannot assign '" + type(value).__name__ + "' as parameter '" + name + "' (torch.nn.Parameter or None expected)")
                state['_parameters'][name] = None
                return
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        state = self.__dict__
        if '_parameters' in state and name in state['_parameters']:
            return state['_parameters'][name]
        if '_modules' in state and name in state['_modules']:
            return state['_modules'][name]
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")

    def __delattr__(self, name):
        state = self.__dict__
        if name in state.get('_parameters', {}):
            del state['_parameters'][name]
        elif name in state.get('_modules', {}):
            del state['_modules'][name]
        else:
            object.__delattr__(self, name)

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    def forward(self, *args, **kwargs):
        raise NotImplementedError('Module [' + type(self).__name__ + '] is missing the required "forward" function')

    def register_parameter(self, name, param):
        self.__dict__['_parameters'][name] = param

    def add_module(self, name, module):
        self.__dict__['_modules'][name] = module

    def named_children(self):
        for name, module in self.__dict__.get('_modules', {}).items():
            if module is not None:
                yield name, module

    def children(self):
        for name, module in self.named_children():
            yield module

    def named_modules(self, prefix=''):
        yield prefix, self
        for name, module in self.named_children():
            yield from module.named_modules(prefix + ('.' if prefix else '') + name)

    def modules(self):
        for name, module in self.named_modules():
            yield module

    def named_parameters(self, prefix='', recurse=True):
        seen = []
        for name, p in self.__dict__.get('_parameters', {}).items():
            if p is not None and not any(p is s for s in seen):
                seen.append(p)
                yield prefix + ('.' if prefix else '') + name, p
        if recurse:
            for mname, module in self.named_children():
                for name, p in module.named_parameters(prefix + ('.' if prefix else '') + mname):
                    if not any(p is s for s in seen):
                        seen.append(p)
                        yield name, p

    def parameters(self, recurse=True):
        for name, p in self.named_parameters(recurse=recurse):
            yield p

    def zero_grad(self, set_to_none=True):
        for p in self.parameters():
            if set_to_none:
                p.grad = None
            elif p.grad is not None:
                p.grad.zero_()

    def requires_grad_(self, requires_grad=True):
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def train(self, mode=True):
        for module in self.modules():
            object.__setattr__(module, 'training', mode)
        return self

    def eval(self):
        return self.train(False)

    def apply(self, fn):
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    def to(self, *args, **kwargs):
        return self

    def cpu(self):
        return self

    def state_dict(self):
        return {name: p.detach() for name, p in self.named_parameters()}

    def load_state_dict(self, state):
        own = dict(self.named_parameters())
        with torch.no_grad():
            for name, value in state.items():
                own[name].copy_(value)

    def extra_repr(self):
        return ''

    def __repr__(self):
        lines = []
        extra = self.extra_repr()
        if extra:
            lines = extra.split('\n')
        for name, module in self.named_children():
            text = repr(module).replace('\n', '\n  ')
            lines.append('(' + name + '): ' + text)
        main = type(self).__name__ + '('
        if lines:
            if len(lines) == 1 and not list(self.named_children()):
                main += lines[0]
            else:
                main += '\n  ' + '\n  '.join(lines) + '\n'
        return main + ')'

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

class Sequential(Module):
    def __init__(self, *args):
        super().__init__()
        for i, module in enumerate(args):
            self.add_module(str(i), module)
    def forward(self, input):
        for module in self.children():
            input = module(input)
        return input
    def __getitem__(self, idx):
        modules = list(self.children())
        if isinstance(idx, slice):
            return Sequential(*modules[idx])
        return modules[idx]
    def __len__(self):
        return len(self.__dict__['_modules'])
    def __iter__(self):
        return iter(list(self.children()))
    def append(self, module):
        self.add_module(str(len(self)), module)
        return self

class ModuleList(Module):
    def __init__(self, modules=None):
        super().__init__()
        for module in (modules or []):
            self.append(module)
    def append(self, module):
        self.add_module(str(len(self.__dict__['_modules'])), module)
        return self
    def __getitem__(self, idx):
        return list(self.children())[idx]
    def __len__(self):
        return len(self.__dict__['_modules'])
    def __iter__(self):
        return iter(list(self.children()))

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
