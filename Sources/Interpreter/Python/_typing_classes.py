"""typing's class-building helpers: NamedTuple (a class statement that becomes a
collections.namedtuple) and Protocol with runtime_checkable. Private to typing."""

import collections
from abc import ABCMeta
from _typing_forms import Generic

_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__orig_bases__', '__doc__'})


def _make_namedtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    annotations = {n: t for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_namedtuple(typename, list(types.items()), ns['__module__'],
                                  defaults=[ns[n] for n in default_names])
        if ns.get('__doc__') is not None:
            nm_tpl.__doc__ = ns['__doc__']
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, **kwargs):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0, or
    NamedTuple('Point', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_namedtuple(typename, list(fields), '__main__')


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries

_PROTOCOL_SPECIALS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__',
    '_is_protocol', '_is_runtime_protocol', '_is_protocol_root', '_abc_registry',
    '_abc_subclasses'})


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get('__annotations__', {}).keys())
        for name in names:
            if name not in _PROTOCOL_SPECIALS and name not in attrs:
                attrs.append(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping, checked by type checkers; at
    run time with isinstance only when decorated with @runtime_checkable)."""
    __module__ = 'typing'
    _is_protocol = True
    _is_protocol_root = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(base is Protocol for base in cls.__bases__)
        if cls._is_protocol and cls.__dict__.get('__init__') is None:
            cls.__init__ = _no_init

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__new__(cls)


def _no_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol, usable with isinstance()."""
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls
