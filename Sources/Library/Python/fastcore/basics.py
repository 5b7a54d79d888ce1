"""fastcore.basics: the small helpers fastai's training loop is written with (GetAttr
delegation, store_attr, defaults, noop, listify and friends)."""

import functools
import re
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

def argnames(f, frame=False):
    "Names of the arguments of function `f` (or of the code running in frame `f`)"
    code = getattr(f, 'f_code' if frame else '__code__')
    return code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]

def _annotations(o):
    # fastcore's `annotations`: those of the object, else of its __init__, else of its type.
    for source in (o, getattr(o, '__init__', None), type(o)):
        found = getattr(source, '__annotations__', None)
        if found:
            return dict(found)
    return {}

def store_attr(names=None, self=None, but='', cast=False, **attrs):
    """Store the caller's arguments named in `names` (comma-separated; all of them when None) as
    attributes of its first argument (or of `self`), as fastcore does by reading the caller's
    frame; `but` leaves names out, `cast` converts through the annotations, `attrs` adds more."""
    import sys
    frame = sys._getframe(1)
    args = argnames(frame, True)
    if self:
        args = ('self', *args)
    else:
        self = frame.f_locals[args[0]]
    annotations = _annotations(self) if cast else {}
    if names and isinstance(names, str):
        names = [o for o in re.split(', *', names)]
    chosen = names if names is not None else getattr(self, '__slots__', args[1:])
    added = {n: frame.f_locals[n] for n in chosen}
    attrs = {**attrs, **added}
    if isinstance(but, str):
        but = re.split(', *', but)
    for n, v in attrs.items():
        if n in but:
            continue
        if n in annotations:
            v = annotations[n](v)
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

class _SelfPipeline:
    """fastcore's `Self` chain: the attribute reads, calls and indexing written after `Self`,
    recorded as (name, args, kwargs) steps (args None: a plain attribute read) and replayed on an
    object. A chain that ends in an attribute read is "pending": calling it records the call
    (`Self.sum()`), so `~chain` turns any chain into a plain function (`~Self.parent.name`)."""
    def __init__(self, steps=()):
        self.__dict__['steps'] = steps

    def _pending(self):
        return bool(self.steps) and self.steps[-1][1] is None

    def __repr__(self):
        text = '~Self'
        for name, args, kwargs in self.steps:
            if name == '__getitem__':
                text += '[' + ', '.join(map(repr, args)) + ']'
            elif args is None:
                text += '.' + name
            else:
                shown = ', '.join([*map(repr, args), *('%s=%r' % kv for kv in kwargs.items())])
                text += ('(%s)' % shown) if name == '__call__' else ('.%s(%s)' % (name, shown))
        return text

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return _SelfPipeline((*self.steps, (name, None, None)))

    def __getitem__(self, index):
        return _SelfPipeline((*self.steps, ('__getitem__', (index,), {})))

    def __call__(self, *args, **kwargs):
        if self._pending():
            name = self.steps[-1][0]
            return _SelfPipeline((*self.steps[:-1], (name, args, kwargs)))
        if not args:
            raise TypeError('`Self` pipelines must be applied to an object; write `~Self...` to get a plain function')
        return (~self)(args[0])

    def __invert__(self):
        steps = self.steps
        def run(x):
            for name, args, kwargs in steps:
                x = getattr(x, name)
                if args is not None:
                    x = x(*args, **kwargs)
            return x
        return run

    def __bool__(self):
        # `if Self.x:` would otherwise be silently true.
        if self._pending():
            raise TypeError('unfinished `Self` pipeline %r; write it with a leading `~` to get a plain function' % (self,))
        return True


class _SelfStart:
    "`Self` itself: an attribute read, call or index on it starts a pipeline."
    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return _SelfPipeline(((name, None, None),))

    def __getitem__(self, index):
        return _SelfPipeline((('__getitem__', (index,), {}),))

    def __call__(self, *args, **kwargs):
        return _SelfPipeline((('__call__', args, kwargs),))

    def __invert__(self):
        return ~_SelfPipeline()

Self = _SelfStart()

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
