"""Names for type hints: the aliases (List, Dict, Optional, Union, Callable, ...), TypeVar,
Generic, Protocol, NamedTuple, cast, get_type_hints, get_origin and get_args.

Hints are not checked at run time. The aliases are subscriptable and print as CPython's do
(`typing.Dict[str, int]`); an unsubscripted alias works with isinstance like its class.
"""

import collections
import _typing_origins as _abcs
from _typing_forms import (_type_repr, _type_check, _GenericAlias, _SpecialGenericAlias,
                           _CallableAlias, _CallableGenericAlias, _TupleAlias, _SpecialForm, _UnionAlias, _LiteralAlias,
                           ForwardRef, TypeVar, Generic, _collect_parameters)

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'Collection',
           'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
           'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
           'ValuesView', 'Reversible', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'Generator', 'AnyStr', 'cast',
           'final', 'get_args', 'get_origin', 'get_type_hints', 'NoReturn', 'Never', 'Self',
           'no_type_check', 'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING']

TYPE_CHECKING = False


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    if len(unique) == 1:
        return unique[0]
    return _UnionAlias(tuple(unique))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "typing.Optional requires a single type.")
    return _union_getitem(None, (arg, type(None)))


def _single_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % self._name)
    return _GenericAlias(self, (item,))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters)


def _not_subscriptable(self, parameters):
    raise TypeError("%r is not subscriptable" % self)


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
NoReturn = _SpecialForm('NoReturn', _not_subscriptable)
Never = _SpecialForm('Never', _not_subscriptable)
Self = _SpecialForm('Self', _not_subscriptable)
LiteralString = _SpecialForm('LiteralString', _not_subscriptable)

List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Type = _SpecialGenericAlias(type, 1, 'Type')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Callable = _CallableAlias(_abcs.Callable, 2, 'Callable')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Hashable = _SpecialGenericAlias(_abcs.Hashable, 0, 'Hashable')
Sized = _SpecialGenericAlias(_abcs.Sized, 0, 'Sized')
Iterable = _SpecialGenericAlias(_abcs.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abcs.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abcs.Reversible, 1, 'Reversible')
Generator = _SpecialGenericAlias(_abcs.Generator, 3, 'Generator')
Container = _SpecialGenericAlias(_abcs.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abcs.Collection, 1, 'Collection')
Sequence = _SpecialGenericAlias(_abcs.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abcs.MutableSequence, 1, 'MutableSequence')
AbstractSet = _SpecialGenericAlias(_abcs.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abcs.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abcs.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abcs.MutableMapping, 2, 'MutableMapping')
MappingView = _SpecialGenericAlias(_abcs.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abcs.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abcs.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abcs.ValuesView, 1, 'ValuesView')

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged (checkers read the hint)."""
    return val


def final(f):
    """Decorator marking a method or class final (for type checkers)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator telling type checkers to skip the function or class."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods: the undecorated definition that follows
    replaces it."""
    return _overload_dummy


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, (_GenericAlias, _UnionAlias, _LiteralAlias)):
        origin = tp.__origin__
        return origin
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments, with substitutions: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _CallableGenericAlias) and tp.__args__ and tp.__args__[0] is not Ellipsis:
        return (list(tp.__args__[:-1]), tp.__args__[-1])
    if isinstance(tp, (_GenericAlias, _UnionAlias, _LiteralAlias)):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def _module_globals(obj):
    """The globals of the module obj was defined in: sys.modules, or (for the script or
    notebook, which is not a module there) the innermost caller running in it."""
    import sys
    name = getattr(obj, '__module__', None)
    module = sys.modules.get(name, None)
    if module is not None:
        return getattr(module, '__dict__', {})
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        return {}
    while frame is not None:
        if frame.f_globals.get('__name__') == name:
            return frame.f_globals
        frame = frame.f_back
    return {}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (with its bases), with string
    annotations evaluated and None replaced by NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            base_globals = globalns if globalns is not None else _module_globals(base)
            for name, value in annotations.items():
                hints[name] = _eval_hint(value, base_globals, localns)
        return hints
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', None) if type(obj).__name__ == 'module' else _module_globals(obj)
    return {name: _eval_hint(value, globalns, localns) for name, value in annotations.items()}


from _typing_classes import Protocol, runtime_checkable, NamedTuple  # noqa: E402
