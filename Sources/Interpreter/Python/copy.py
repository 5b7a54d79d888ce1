"""Shallow and deep copy operations: copy(x) and deepcopy(x, memo=None).

Classes control copying with __copy__() and __deepcopy__(memo), or with __reduce_ex__ /
__reduce__ (as pickle does); otherwise an instance is rebuilt with cls.__new__(cls) and its
__dict__ (copied for deepcopy), and the items of list, dict and set subclasses follow.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error



# Values that are their own copy (deepcopy also keeps tuples and frozensets of them).
_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, slice,
           type(Ellipsis), type(NotImplemented), type(len), property)


def _function_type():
    def function():
        pass
    return type(function)


_FUNCTION = _function_type()


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is _FUNCTION or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or cls is _FUNCTION or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        copied = [deepcopy(item, memo) for item in x]
        # A tuple that contains itself (through a list) was copied meanwhile.
        if key in memo:
            return memo[key]
        for original, item in zip(x, copied):
            if original is not item:
                y = tuple(copied)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        # Set elements are hashable, hence (for the usual types) immutable: copy each.
        items = [deepcopy(item, memo) for item in x]
        y = cls(items)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                return x
            y = _reconstruct(x, memo, *rv)
    # The memo keeps x alive so that id(x) is not reused while copying.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    """What pickle's __reduce_ex__(4) gives: (callable, args[, state, listitems, dictitems]),
    or a string meaning "x itself"."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(x)
    return _default_reduce(x, cls)


def _default_reduce(x, cls):
    """object.__reduce_ex__(4) for instances of classes defined in Python."""
    if not _is_python_class(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    args = ()
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = tuple(getnewargs(x))
    elif isinstance(x, tuple):
        args = (tuple(x),)
    elif isinstance(x, frozenset):
        args = (list(x),)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = getstate(x)
    else:
        try:
            state = dict(x.__dict__)
        except AttributeError:
            state = None
        if not state:
            state = None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, set):
        listitems = None
        state = (state, None)
        return (_newset, (cls, list(x)) + args[1:], state, None, None)
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _newset(cls, items):
    y = cls.__new__(cls)
    y.update(items)
    return y


def _is_python_class(cls):
    builtin_names = ('builtins',)
    for klass in cls.__mro__:
        if klass is object:
            continue
        if klass.__module__ not in builtin_names:
            return True
    return False


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
