"""torch.nn.Module and Parameter: parameters, buffers and submodules kept in ordered dicts as
PyTorch keeps them (so names, iteration order and state_dict keys agree), hooks with removable
handles, train/eval, and state_dict loading with PyTorch's key checks and messages."""

from collections import OrderedDict, namedtuple
import torch
from torch import Tensor


class Parameter(Tensor):
    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            data = torch.empty(0)
        return torch._make_subclass(cls, data, requires_grad)

    def __repr__(self):
        return 'Parameter containing:\n' + Tensor.__repr__(self)


def _typename(obj):
    # torch.typename: the legacy tensor type name for tensors, the qualified class name otherwise.
    if isinstance(obj, Tensor):
        return obj.type()
    cls = type(obj)
    module = getattr(cls, '__module__', 'builtins')
    if module in ('builtins', '__builtin__', None):
        return cls.__qualname__
    return module + '.' + cls.__qualname__


class RemovableHandle:
    """What register_*_hook returns: `.remove()` takes the hook out of the dicts it was added to."""
    next_id = 0

    def __init__(self, *hooks_dicts):
        self.hooks_dicts = hooks_dicts
        self.id = RemovableHandle.next_id
        RemovableHandle.next_id += 1

    def remove(self):
        for hooks in self.hooks_dicts:
            if self.id in hooks:
                del hooks[self.id]

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.remove()


class _IncompatibleKeys(namedtuple('IncompatibleKeys', ['missing_keys', 'unexpected_keys'])):
    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return '<All keys matched successfully>'
        return super().__repr__()

    __str__ = __repr__


def _addindent(text, spaces):
    lines = text.split('\n')
    if len(lines) == 1:
        return text
    first = lines.pop(0)
    rest = [(spaces * ' ') + line if line.strip() else '' for line in lines]
    return first + '\n' + '\n'.join(rest)


class _BackwardHook:
    """Full backward hooks of one call: the tensor inputs and outputs pass through identity
    nodes on the tape; the output node records grad_output, the input node calls the hooks with
    (module, grad_input, grad_output) and passes on what they return. A module whose inputs need
    no gradient gets its hooks called at the output node, with grad_input all None, as PyTorch does."""

    def __init__(self, module, hooks):
        self.module = module
        self.hooks = hooks
        self.n_inputs = 0
        self.input_positions = None
        self.grad_outputs = None
        self.arrived = {}

    def _call_hooks(self, grad_input):
        for hook in self.hooks:
            result = hook(self.module, grad_input, self.grad_outputs)
            if result is None:
                continue
            if not isinstance(result, tuple):
                result = (result,)
            if len(result) != len(grad_input):
                raise RuntimeError('Backward hook returned an invalid number of grad_input, got '
                                   + str(len(result)) + ', but expected ' + str(len(grad_input)))
            grad_input = result
        return grad_input

    def setup_input_hook(self, args):
        self.n_inputs = len(args)
        if not torch.is_grad_enabled():
            return args
        positions = [i for i, a in enumerate(args) if isinstance(a, Tensor) and a.requires_grad]
        if not positions:
            return args
        self.input_positions = positions
        new_args = list(args)
        for position in positions:
            new_args[position] = self._identity(args[position], position)
        return tuple(new_args)

    def _identity(self, tensor, position):
        def backward(grad):
            self.arrived[position] = grad
            if len(self.arrived) < len(self.input_positions):
                return [grad]
            grad_input = tuple(self.arrived.get(i) for i in range(self.n_inputs))
            self.arrived = {}
            grad_input = self._call_hooks(grad_input)
            return [grad_input[position]]
        return torch._record_function(tensor.detach(), [tensor], backward, 'BackwardHookFunctionBackward')

    def setup_output_hook(self, result):
        if not torch.is_grad_enabled():
            return result
        single = isinstance(result, Tensor)
        outputs = (result,) if single else result
        if not isinstance(outputs, tuple):
            return result
        positions = [i for i, o in enumerate(outputs) if isinstance(o, Tensor) and o.requires_grad]
        if not positions:
            return result
        received = {}
        def make(position):
            def backward(grad):
                received[position] = grad
                if len(received) == len(positions):
                    self.grad_outputs = tuple(received.get(i) for i in range(len(outputs)))
                    if self.input_positions is None:
                        self._call_hooks(tuple(None for _ in range(self.n_inputs)))
                return [grad]
            return backward
        wrapped = list(outputs)
        for position in positions:
            tensor = outputs[position]
            wrapped[position] = torch._record_function(tensor.detach(), [tensor], make(position), 'BackwardHookFunctionBackward')
        return wrapped[0] if single else tuple(wrapped)


class Module:
    training = True

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError(type(self).__name__ + '.__init__() takes 1 positional argument but '
                            + str(len(args) + 1) + ' were given')
        d = self.__dict__
        d['training'] = True
        d['_parameters'] = OrderedDict()
        d['_buffers'] = OrderedDict()
        d['_non_persistent_buffers_set'] = set()
        d['_modules'] = OrderedDict()
        d['_forward_hooks'] = OrderedDict()
        d['_forward_hooks_with_kwargs'] = OrderedDict()
        d['_forward_pre_hooks'] = OrderedDict()
        d['_forward_pre_hooks_with_kwargs'] = OrderedDict()
        d['_backward_hooks'] = OrderedDict()

    def __setattr__(self, name, value):
        state = self.__dict__
        params = state.get('_parameters')
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError('cannot assign parameters before Module.__init__() call')
            state.pop(name, None)
            state['_buffers'].pop(name, None)
            state['_modules'].pop(name, None)
            state['_non_persistent_buffers_set'].discard(name)
            params[name] = value
        elif params is not None and name in params:
            if value is not None:
                raise TypeError("cannot assign '" + _typename(value) + "' as parameter '" + name
                                + "' (torch.nn.Parameter or None expected)")
            params[name] = None
        elif isinstance(value, Module):
            if state.get('_modules') is None:
                raise AttributeError('cannot assign module before Module.__init__() call')
            state.pop(name, None)
            params.pop(name, None)
            state['_buffers'].pop(name, None)
            state['_non_persistent_buffers_set'].discard(name)
            state['_modules'][name] = value
        elif state.get('_modules') is not None and name in state['_modules']:
            if value is not None:
                raise TypeError("cannot assign '" + _typename(value) + "' as child module '" + name
                                + "' (torch.nn.Module or None expected)")
            state['_modules'][name] = None
        elif state.get('_buffers') is not None and name in state['_buffers']:
            if value is not None and not isinstance(value, Tensor):
                raise TypeError("cannot assign '" + _typename(value) + "' as buffer '" + name
                                + "' (torch.nn.Buffer, torch.Tensor or None expected)")
            state['_buffers'][name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        state = self.__dict__
        for kind in ('_parameters', '_buffers', '_modules'):
            members = state.get(kind)
            if members is not None and name in members:
                return members[name]
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")

    def __delattr__(self, name):
        state = self.__dict__
        if name in state.get('_parameters', {}):
            del state['_parameters'][name]
        elif name in state.get('_buffers', {}):
            del state['_buffers'][name]
            state['_non_persistent_buffers_set'].discard(name)
        elif name in state.get('_modules', {}):
            del state['_modules'][name]
        else:
            object.__delattr__(self, name)

    # Calling: pre-hooks, forward, hooks; the fast path when there are none.

    def __call__(self, *args, **kwargs):
        state = self.__dict__
        if not (state.get('_forward_hooks') or state.get('_forward_pre_hooks') or state.get('_backward_hooks')):
            return self.forward(*args, **kwargs)
        for hook_id, hook in list(self._forward_pre_hooks.items()):
            if hook_id in self._forward_pre_hooks_with_kwargs:
                result = hook(self, args, kwargs)
                if result is not None:
                    if not (isinstance(result, tuple) and len(result) == 2):
                        raise RuntimeError('forward pre-hook must return None or a tuple of (new_args, new_kwargs), but got '
                                           + str(result) + '.')
                    args, kwargs = result
            else:
                result = hook(self, args)
                if result is not None:
                    if not isinstance(result, tuple):
                        result = (result,)
                    args = result
        backward_hook = None
        if self._backward_hooks:
            backward_hook = _BackwardHook(self, list(self._backward_hooks.values()))
            args = backward_hook.setup_input_hook(args)
        result = self.forward(*args, **kwargs)
        for hook_id, hook in list(self._forward_hooks.items()):
            if hook_id in self._forward_hooks_with_kwargs:
                hook_result = hook(self, args, kwargs, result)
            else:
                hook_result = hook(self, args, result)
            if hook_result is not None:
                result = hook_result
        if backward_hook is not None:
            result = backward_hook.setup_output_hook(result)
        return result

    def forward(self, *args, **kwargs):
        raise NotImplementedError('Module [' + type(self).__name__ + '] is missing the required "forward" function')

    def _register_hook(self, hooks, hook, prepend, kwargs_dict=None, with_kwargs=False):
        handle = RemovableHandle(hooks, kwargs_dict) if kwargs_dict is not None else RemovableHandle(hooks)
        hooks[handle.id] = hook
        if with_kwargs:
            kwargs_dict[handle.id] = True
        if prepend:
            hooks.move_to_end(handle.id, last=False)
        return handle

    def register_forward_pre_hook(self, hook, *, prepend=False, with_kwargs=False):
        return self._register_hook(self._forward_pre_hooks, hook, prepend, self._forward_pre_hooks_with_kwargs, with_kwargs)

    def register_forward_hook(self, hook, *, prepend=False, with_kwargs=False, always_call=False):
        return self._register_hook(self._forward_hooks, hook, prepend, self._forward_hooks_with_kwargs, with_kwargs)

    def register_full_backward_hook(self, hook, prepend=False):
        return self._register_hook(self._backward_hooks, hook, prepend)

    def register_backward_hook(self, hook):
        return self.register_full_backward_hook(hook)

    # Members

    def register_parameter(self, name, param):
        if '_parameters' not in self.__dict__:
            raise AttributeError('cannot assign parameter before Module.__init__() call')
        if not isinstance(name, str):
            raise TypeError('parameter name should be a string. Got ' + _typename(name))
        if '.' in name:
            raise KeyError('parameter name can\'t contain "."')
        if name == '':
            raise KeyError('parameter name can\'t be empty string ""')
        if hasattr(self, name) and name not in self._parameters:
            raise KeyError("attribute '" + name + "' already exists")
        if param is not None and not isinstance(param, Parameter):
            raise TypeError("cannot assign '" + _typename(param) + "' object to parameter '" + name
                            + "' (torch.nn.Parameter or None required)")
        self._parameters[name] = param

    def register_buffer(self, name, tensor, persistent=True):
        if '_buffers' not in self.__dict__:
            raise AttributeError('cannot assign buffer before Module.__init__() call')
        if not isinstance(name, str):
            raise TypeError('buffer name should be a string. Got ' + _typename(name))
        if '.' in name:
            raise KeyError('buffer name can\'t contain "."')
        if name == '':
            raise KeyError('buffer name can\'t be empty string ""')
        if hasattr(self, name) and name not in self._buffers:
            raise KeyError("attribute '" + name + "' already exists")
        if tensor is not None and not isinstance(tensor, Tensor):
            raise TypeError("cannot assign '" + _typename(tensor) + "' object to buffer '" + name
                            + "' (torch Tensor or None required)")
        self._buffers[name] = tensor
        if persistent:
            self._non_persistent_buffers_set.discard(name)
        else:
            self._non_persistent_buffers_set.add(name)

    def add_module(self, name, module):
        if not isinstance(module, Module) and module is not None:
            raise TypeError(_typename(module) + ' is not a Module subclass')
        if not isinstance(name, str):
            raise TypeError('module name should be a string. Got ' + _typename(name))
        if hasattr(self, name) and name not in self._modules:
            raise KeyError("attribute '" + name + "' already exists")
        if '.' in name:
            raise KeyError('module name can\'t contain ".", got: ' + name)
        if name == '':
            raise KeyError('module name can\'t be empty string ""')
        self._modules[name] = module

    def register_module(self, name, module):
        self.add_module(name, module)

    def get_submodule(self, target):
        if target == '':
            return self
        module = self
        for item in target.split('.'):
            if not hasattr(module, item):
                raise AttributeError(type(module).__name__ + ' has no attribute `' + item + '`')
            module = getattr(module, item)
            if not isinstance(module, Module):
                raise AttributeError('`' + item + '` is not an nn.Module')
        return module

    def named_children(self):
        memo = set()
        for name, module in self._modules.items():
            if module is not None and id(module) not in memo:
                memo.add(id(module))
                yield name, module

    def children(self):
        for name, module in self.named_children():
            yield module

    def named_modules(self, memo=None, prefix='', remove_duplicate=True):
        if memo is None:
            memo = set()
        if id(self) in memo:
            return
        if remove_duplicate:
            memo.add(id(self))
        yield prefix, self
        for name, module in self._modules.items():
            if module is None:
                continue
            yield from module.named_modules(memo, prefix + ('.' if prefix else '') + name, remove_duplicate)

    def modules(self):
        for name, module in self.named_modules():
            yield module

    def _named_members(self, kind, prefix, recurse, remove_duplicate):
        seen = set()
        modules = self.named_modules(prefix=prefix, remove_duplicate=remove_duplicate) if recurse else [(prefix, self)]
        for module_prefix, module in modules:
            for name, value in module.__dict__[kind].items():
                if value is None or id(value) in seen:
                    continue
                if remove_duplicate:
                    seen.add(id(value))
                yield module_prefix + ('.' if module_prefix else '') + name, value

    def named_parameters(self, prefix='', recurse=True, remove_duplicate=True):
        yield from self._named_members('_parameters', prefix, recurse, remove_duplicate)

    def parameters(self, recurse=True):
        for name, p in self.named_parameters(recurse=recurse):
            yield p

    def named_buffers(self, prefix='', recurse=True, remove_duplicate=True):
        yield from self._named_members('_buffers', prefix, recurse, remove_duplicate)

    def buffers(self, recurse=True):
        for name, b in self.named_buffers(recurse=recurse):
            yield b

    def zero_grad(self, set_to_none=True):
        for p in self.parameters():
            if p.grad is None:
                continue
            if set_to_none:
                p.grad = None
            else:
                p.grad.zero_()

    def requires_grad_(self, requires_grad=True):
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def train(self, mode=True):
        if not isinstance(mode, bool):
            raise ValueError('training mode is expected to be boolean')
        self.training = mode
        for module in self.children():
            module.train(mode)
        return self

    def eval(self):
        return self.train(False)

    def apply(self, fn):
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    # Conversions: every parameter, gradient and buffer goes through `fn`, children first, as
    # PyTorch's Module._apply does. A parameter whose tensor changes (a new dtype) is replaced by a
    # new Parameter; one that `fn` leaves as it is stays the same object, so optimizers keep it.

    def _apply(self, fn):
        for module in self.children():
            module._apply(fn)
        with torch.no_grad():
            for name, param in self._parameters.items():
                if param is None:
                    continue
                converted = fn(param)
                if converted.dtype != param.dtype:
                    new = Parameter(converted, param.requires_grad)
                    if param.grad is not None:
                        new.grad = fn(param.grad)
                    self._parameters[name] = new
            for name, buffer in self._buffers.items():
                if buffer is not None:
                    self._buffers[name] = fn(buffer)
        return self

    def to(self, *args, **kwargs):
        # Tensor.to checks the arguments (device, dtype, tensor) and says which dtype they ask for.
        probe = torch.empty(0)
        dtype = probe.to(*args, **kwargs).dtype
        asks_dtype = 'dtype' in kwargs or any(isinstance(a, (torch.dtype, Tensor)) for a in args)
        if not asks_dtype:
            return self
        if not dtype.is_floating_point:
            raise TypeError('nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=' + str(dtype))
        return self._apply(lambda t: t.to(dtype) if t.is_floating_point() else t)

    def cpu(self):
        return self

    def float(self):
        return self._apply(lambda t: t.float() if t.is_floating_point() else t)

    def double(self):
        return self._apply(lambda t: t.double() if t.is_floating_point() else t)

    def type(self, dst_type):
        return self._apply(lambda t: t.type(dst_type))

    # state_dict: each module's parameters, then its persistent buffers, then its children's.

    def _save_to_state_dict(self, destination, prefix, keep_vars):
        for name, param in self._parameters.items():
            if param is not None:
                destination[prefix + name] = param if keep_vars else param.detach()
        for name, buf in self._buffers.items():
            if buf is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = buf if keep_vars else buf.detach()

    def state_dict(self, *args, destination=None, prefix='', keep_vars=False):
        if destination is None:
            destination = OrderedDict()
        self._save_to_state_dict(destination, prefix, keep_vars)
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination=destination, prefix=prefix + name + '.', keep_vars=keep_vars)
        return destination

    def _load_from_state_dict(self, state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys, error_msgs):
        local_state = OrderedDict()
        for name, value in self._parameters.items():
            if value is not None:
                local_state[name] = value
        for name, value in self._buffers.items():
            if value is not None and name not in self._non_persistent_buffers_set:
                local_state[name] = value
        for name, param in local_state.items():
            key = prefix + name
            if key in state_dict:
                input_param = state_dict[key]
                if not isinstance(input_param, Tensor):
                    error_msgs.append('While copying the parameter named "' + key + '", expected torch.Tensor or '
                                      + 'Tensor-like object from checkpoint but received ' + str(type(input_param)))
                    continue
                if len(param.shape) == 0 and len(input_param.shape) == 1 and input_param.shape[0] == 1:
                    input_param = input_param[0]
                if input_param.shape != param.shape:
                    error_msgs.append('size mismatch for ' + key + ': copying a param with shape ' + str(input_param.shape)
                                      + ' from checkpoint, the shape in current model is ' + str(param.shape) + '.')
                    continue
                try:
                    with torch.no_grad():
                        param.copy_(input_param)
                except Exception as ex:
                    error_msgs.append('While copying the parameter named "' + key + '", whose dimensions in the model are '
                                      + str(param.size()) + ' and whose dimensions in the checkpoint are '
                                      + str(input_param.size()) + ', an exception occurred : ' + str(ex.args) + '.')
            elif strict:
                missing_keys.append(key)
        if strict:
            for key in state_dict.keys():
                if key.startswith(prefix):
                    input_name = key[len(prefix):].split('.', 1)[0]
                    if input_name not in self._modules and input_name not in local_state:
                        unexpected_keys.append(key)

    def load_state_dict(self, state_dict, strict=True, assign=False):
        if not isinstance(state_dict, dict):
            raise TypeError('Expected state_dict to be dict-like, got ' + str(type(state_dict)) + '.')
        missing_keys = []
        unexpected_keys = []
        error_msgs = []
        metadata = getattr(state_dict, '_metadata', None)
        state_dict = OrderedDict(state_dict)

        def load(module, local_state_dict, prefix=''):
            local_metadata = {} if metadata is None else metadata.get(prefix[:-1], {})
            module._load_from_state_dict(local_state_dict, prefix, local_metadata, True,
                                         missing_keys, unexpected_keys, error_msgs)
            for name, child in module._modules.items():
                if child is not None:
                    child_prefix = prefix + name + '.'
                    child_state = {k: v for k, v in local_state_dict.items() if k.startswith(child_prefix)}
                    load(child, child_state, child_prefix)

        load(self, state_dict)
        if strict:
            if unexpected_keys:
                error_msgs.insert(0, 'Unexpected key(s) in state_dict: ' + ', '.join('"' + k + '"' for k in unexpected_keys) + '. ')
            if missing_keys:
                error_msgs.insert(0, 'Missing key(s) in state_dict: ' + ', '.join('"' + k + '"' for k in missing_keys) + '. ')
        if error_msgs:
            raise RuntimeError('Error(s) in loading state_dict for ' + type(self).__name__ + ':\n\t' + '\n\t'.join(error_msgs))
        return _IncompatibleKeys(missing_keys, unexpected_keys)

    # Printing

    def _get_name(self):
        return type(self).__name__

    def extra_repr(self):
        return ''

    def __repr__(self):
        extra_lines = []
        extra = self.extra_repr()
        if extra:
            extra_lines = extra.split('\n')
        child_lines = []
        for name, module in self._modules.items():
            child_lines.append('(' + name + '): ' + _addindent(repr(module), 2))
        lines = extra_lines + child_lines
        main = self._get_name() + '('
        if lines:
            if len(extra_lines) == 1 and not child_lines:
                main += extra_lines[0]
            else:
                main += '\n  ' + '\n  '.join(lines) + '\n'
        return main + ')'

    def __dir__(self):
        keys = dir(type(self)) + list(self.__dict__.keys()) + list(self._parameters.keys()) \
            + list(self._modules.keys()) + list(self._buffers.keys())
        return sorted(k for k in set(keys) if not k[0].isdigit())
