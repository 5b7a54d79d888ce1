"""inspect.Signature (with bind) and signature(): how a callable's parameters are read from
its code object, defaults and annotations. Private to inspect."""

import types
from collections import OrderedDict
from _inspect_signature import (Parameter, BoundArguments, _ParametersProxy, _empty, _void,
                                formatannotation, _POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD,
                                _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD, CO_VARARGS,
                                CO_VARKEYWORDS)


class Signature:
    """A callable's parameters and return annotation: str(sig) is '(a, b=2, *args, c, **kw)'."""
    __module__ = 'inspect'
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: %s parameter before %s parameter'
                                         % (top_kind.description, kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: %r' % (name,))
                params[name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return _ParametersProxy(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '(%s)' % ', '.join(result)
        if self._return_annotation is not _empty:
            rendered += ' -> %s' % formatannotation(self._return_annotation)
        return rendered

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('%s parameter is positional only, but was passed as a '
                                        'keyword' % (repr(param.name),))
                    parameters_ex = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    parameters_ex = (param,)
                    break
                if partial:
                    parameters_ex = (param,)
                    break
                raise TypeError('missing a required argument: %r' % (param.name,)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (arg_val,) + tuple(arg_vals)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument %r' % (param.name,)) from None
                arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError('missing a required argument: %r' % (name,)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('%s parameter is positional only, but was passed as a '
                                    'keyword' % (repr(param.name),))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument %r' % (next(iter(kwargs)),))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        """Map the arguments to parameters as a call would (BoundArguments), or TypeError."""
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)


def _function_signature(func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    positional = names[:pos_count]
    non_default_count = pos_count - len(defaults)
    parameters = []
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[index - non_default_count] if index >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    next_index = pos_count
    keyword_only = names[next_index:next_index + keyword_only_count]
    next_index += keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = names[next_index]
        next_index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[next_index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        if not parameters or parameters[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise ValueError('invalid method signature')
        if parameters[0].kind != _VAR_POSITIONAL:
            parameters = parameters[1:]
    return Signature(parameters, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _partial_signature(partial):
    sig = signature(partial.func)
    args = partial.args
    keywords = partial.keywords
    params = list(sig.parameters.values())
    new_params = []
    remaining = len(args)
    for param in params:
        if remaining and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            remaining -= 1
            continue
        if remaining and param.kind == _VAR_POSITIONAL:
            remaining = 0
            new_params.append(param)
            continue
        if param.name in keywords:
            if param.kind == _POSITIONAL_ONLY:
                continue
            param = param.replace(default=keywords[param.name], kind=_KEYWORD_ONLY
                                  if param.kind == _POSITIONAL_OR_KEYWORD else param.kind)
        new_params.append(param)
    # Parameters after one given by keyword become keyword-only, as in CPython.
    result = []
    keyword_only = False
    for param in new_params:
        if param.kind == _KEYWORD_ONLY:
            keyword_only = True
        elif keyword_only and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif keyword_only and param.kind == _VAR_POSITIONAL:
            continue
        result.append(param)
    return Signature(result, return_annotation=sig.return_annotation, __validate_parameters__=False)


def _is_object_default(method, name):
    return method is None or method is getattr(object, name)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _function_signature_or_other(obj.__func__, skip_first=True)
    if follow_wrapped:
        seen = set()
        while hasattr(obj, '__wrapped__') and id(obj) not in seen:
            seen.add(id(obj))
            obj = obj.__wrapped__
            if isinstance(obj, types.MethodType):
                return signature(obj)
    sig = getattr(obj, '__signature__', None)
    if sig is not None and isinstance(sig, Signature):
        return sig
    if isinstance(obj, types.FunctionType):
        return _function_signature(obj)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        return _partial_signature(obj)
    if isinstance(obj, type):
        call = getattr(type(obj), '__call__', None)
        if isinstance(call, types.FunctionType):
            return _function_signature(call, skip_first=True)
        new = obj.__dict__.get('__new__') if False else None
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and base is not object:
                init = base.__dict__['__init__']
                if isinstance(init, types.FunctionType):
                    return _function_signature(init, skip_first=True)
                break
            if '__new__' in base.__dict__ and base is not object:
                new = base.__dict__['__new__']
                if isinstance(new, staticmethod):
                    new = new.__func__
                if isinstance(new, types.FunctionType):
                    return _function_signature(new, skip_first=True)
                break
        if obj.__module__ == 'builtins':
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        return Signature()
    if isinstance(obj, (types.BuiltinFunctionType, types.BuiltinMethodType)):
        text = getattr(obj, '__text_signature__', None)
        if text:
            return _signature_from_text(text, obj)
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, types.FunctionType):
        return _function_signature(call, skip_first=True)
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _function_signature_or_other(func, skip_first):
    if isinstance(func, types.FunctionType):
        return _function_signature(func, skip_first=skip_first)
    sig = signature(func)
    params = list(sig.parameters.values())
    if skip_first and params and params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _split_parameters(text):
    """The comma-separated items of a parameter list, commas inside brackets or quotes kept."""
    items, depth, quote, current = [], 0, None, ''
    for ch in text:
        if quote:
            current += ch
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            items.append(current.strip())
            current = ''
            continue
        current += ch
    if current.strip():
        items.append(current.strip())
    return items


def _signature_from_text(text, obj):
    """A Signature from a text signature such as '(obj, /)' or '(x, *, key=None)'."""
    inner = text.strip()
    if inner.startswith('(') and inner.endswith(')'):
        inner = inner[1:-1]
    items = _split_parameters(inner)
    if '/' in items:
        slash = items.index('/')
    else:
        slash = -1
    parameters = []
    kind = _POSITIONAL_OR_KEYWORD
    for index, item in enumerate(items):
        if item == '/':
            continue
        if item == '*':
            kind = _KEYWORD_ONLY
            continue
        this_kind = _POSITIONAL_ONLY if index < slash else kind
        default = _empty
        if item.startswith('**'):
            this_kind, item = _VAR_KEYWORD, item[2:]
        elif item.startswith('*'):
            this_kind, item = _VAR_POSITIONAL, item[1:]
            kind = _KEYWORD_ONLY
        if '=' in item:
            item, default_text = item.split('=', 1)
            item = item.strip()
            try:
                default = eval(default_text.strip(), {})
            except Exception:
                raise ValueError('no signature found for builtin {!r}'.format(obj))
        if not item.isidentifier():
            raise ValueError('no signature found for builtin {!r}'.format(obj))
        parameters.append(Parameter(item, this_kind, default=default))
    return Signature(parameters, __validate_parameters__=False)
