"""fastcore.basics: the small helpers fastai's training loop is written with (GetAttr
delegation, store_attr, defaults, noop, listify and friends)."""

import functools
from functools import partial

class _Defaults:
    "fastcore's `defaults` namespace (lr, callbacks, cpus), set by the modules that use it"
    def __repr__(self):
        return 'namespace(' + ', '.join(k + '=' + repr(v) for k, v in self.__dict__.items()) + ')'

defaults = _Defaults()
defaults.cpus = 2

def noop(x=None, *args, **kwargs):
    "Do nothing"
    return x

def noops(self, x=None, *args, **kwargs):
    "Do nothing (method)"
    return x

def ifnone(a, b):
    "`b` if `a` is None else `a`"
    return b if a is None else a

def is_listy(x):
    "`isinstance(x, (tuple,list,L,slice,Generator))`"
    from fastcore.foundation import L
    return isinstance(x, (tuple, list, L, slice))

def listify(o=None, *rest):
    "Convert `o` to a `list`"
    if rest:
        return [o] + list(rest)
    if o is None:
        return []
    if isinstance(o, list):
        return o
    if isinstance(o, (str, bytes, dict)) or not hasattr(o, '__iter__'):
        return [o]
    return list(o)

def tuplify(o, use_list=False, match=None):
    "Make `o` a tuple"
    return tuple(listify(o))

def detuplify(x):
    "If `x` is a tuple with one thing, extract it"
    return None if len(x) == 0 else x[0] if len(x) == 1 and getattr(x, 'ndim', 1) == 1 else x

def first(x, f=None, negate=False, **kwargs):
    "First element of `x`, optionally filtered by `f`, or None if missing"
    for o in x:
        if f is None or bool(f(o, **kwargs)) != negate:
            return o
    return None

def range_of(a, b=None, step=None):
    "All indices of collection `a`, if `a` is a collection, otherwise `range`"
    if hasattr(a, '__len__'):
        a = len(a)
    return list(range(a) if b is None else range(a, b, step or 1))

def merge(*ds):
    "Merge all dictionaries in `ds`"
    result = {}
    for d in ds:
        if d is not None:
            result.update(d)
    return result

def even_mults(start, stop, n):
    "Build log-stepped array from `start` to `stop` in `n` steps."
    if n == 1:
        return stop
    mult = stop / start
    step = mult ** (1 / (n - 1))
    return [start * (step ** i) for i in range(n)]

def camel2snake(name):
    "Convert CamelCase to snake_case"
    out = ''
    for i, c in enumerate(name):
        if c.isupper() and i > 0 and (name[i - 1].islower() or name[i - 1].isdigit()
                                      or (i + 1 < len(name) and name[i + 1].islower() and name[i - 1].isupper())):
            out += '_'
        out += c.lower()
    return out

def class2attr(self, cls_name):
    "Return the snake-cased name of the class; strip ending `cls_name` if it exists."
    name = type(self).__name__
    if name.endswith(cls_name) and name != cls_name:
        name = name[:-len(cls_name)]
    return camel2snake(name)

class GetAttr:
    "Inherit from this to have all attr accesses in `self._xtra` passed down to `self.default`"
    _default = 'default'

    def _component_attr_filter(self, k):
        if k.startswith('__') or k in ('_xtra', self._default):
            return False
        xtra = getattr(self, '_xtra', None)
        return xtra is None or k in xtra

    def __getattr__(self, k):
        if self._component_attr_filter(k):
            attr = getattr(self, self._default, None)
            if attr is not None:
                return getattr(attr, k)
        raise AttributeError(k)

    def _dir(self):
        return [k for k in dir(getattr(self, self._default)) if self._component_attr_filter(k)]

    def __dir__(self):
        # What `learn.<Tab>` offers: its own names and those delegated to `default`.
        return custom_dir(self, self._dir())


def custom_dir(c, add):
    "Implement custom `__dir__`, adding `add` to `cls`"
    return object.__dir__(c) + list(add)

def store_attr(names=None, self=None, but='', cast=False, **attrs):
    """Store `names` (comma-separated, or the keyword arguments given) as attributes of `self`.

    fastcore reads the caller's arguments from its frame; Tessera's VM exposes no frames, so here
    the values come as keyword arguments: `store_attr('a,b', self, a=a, b=b)` or
    `store_attr(self=self, a=a, b=b)`."""
    if self is None:
        raise TypeError("store_attr needs `self=` in Tessera (no frame introspection)")
    if isinstance(but, str):
        but = [o.strip() for o in but.split(',') if o.strip()]
    if isinstance(names, str):
        names = [o.strip() for o in names.split(',') if o.strip()]
    if names is not None:
        missing = [n for n in names if n not in attrs]
        if missing:
            raise TypeError("store_attr: no value given for " + ', '.join(missing))
    for n, v in attrs.items():
        if n not in but:
            setattr(self, n, v)

def patch_to(cls, as_prop=False, cls_method=False):
    "Decorator: add `f` to `cls`"
    def _inner(f):
        name = f.__name__
        if as_prop:
            setattr(cls, name, property(f))
        elif cls_method:
            setattr(cls, name, classmethod(f))
        else:
            setattr(cls, name, f)
        return f
    return _inner

def patch(f=None, *, as_prop=False, cls_method=False, cls=None):
    "Decorator: add `f` to the class given with `cls=` (fastcore takes it from the first annotation)"
    if f is None:
        return partial(patch, as_prop=as_prop, cls_method=cls_method, cls=cls)
    target = cls
    if target is None:
        anns = getattr(f, '__annotations__', {})
        for k, v in anns.items():
            if k != 'return':
                target = v
                break
    if target is None:
        raise TypeError('patch: annotate the first argument with the class to patch')
    return patch_to(target, as_prop=as_prop, cls_method=cls_method)(f)

class _SelfCall:
    # fastcore's `Self.method(args)`: a function calling `method(args)` on its argument.
    def __init__(self, name, args=(), kwargs=None):
        self.name, self.args, self.kwargs = name, args, kwargs or {}

    def __call__(self, *args, **kwargs):
        if self.args is None:
            return _SelfCall(self.name, args, kwargs)
        o = args[0]
        return getattr(o, self.name)(*self.args, **self.kwargs)

class _Self:
    def __getattr__(self, name):
        return _SelfCall(name, None)

Self = _Self()

class PrettyString(str):
    "Little hack to get strings to show properly in Jupyter."
    def __repr__(self):
        return self

def warn(message):
    "A `UserWarning` on stderr (Tessera has no `warnings` module)"
    import sys
    sys.stderr.write('UserWarning: ' + str(message) + '\n')

class replacing_yield:
    "Context manager to temporarily replace an attribute"
    def __init__(self, o, attr, val):
        self.o, self.attr, self.val = o, attr, val

    def __enter__(self):
        self.old = getattr(self.o, self.attr)
        setattr(self.o, self.attr, self.val)
        return self.o

    def __exit__(self, *args):
        setattr(self.o, self.attr, self.old)
        return False

class ContextManagers:
    "Wrapper for `contextlib.ExitStack` which enters a collection of context managers"
    def __init__(self, mgrs):
        self.default, self.entered = list(mgrs), []

    def append(self, mgr):
        self.default.append(mgr)

    def __enter__(self):
        for m in self.default:
            m.__enter__()
            self.entered.append(m)
        return self

    def __exit__(self, *exc):
        while self.entered:
            self.entered.pop().__exit__(*exc)
        return False
