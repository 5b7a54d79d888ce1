"""The abstract classes typing's aliases stand for (typing.Iterable is collections.abc's
Iterable): ABCs that recognise the built-in containers and duck-typed classes by their
methods, as collections.abc does. Private to typing."""

from abc import ABCMeta


def _has(cls, *names):
    for name in names:
        if getattr(cls, name, None) is None:
            return False
    return True


def _abstract(name, methods=(), bases=()):
    namespace = {'__module__': 'collections.abc', '__qualname__': name}
    if methods:
        def __subclasshook__(cls, subclass, _methods=methods, _self=[None]):
            if cls is _self[0]:
                return _has(subclass, *_methods) or NotImplemented
            return NotImplemented
        namespace['__subclasshook__'] = classmethod(__subclasshook__)
        cls = ABCMeta(name, bases, namespace)
        __subclasshook__.__defaults__[1][0] = cls
        return cls
    return ABCMeta(name, bases, namespace)


Hashable = _abstract('Hashable', ('__hash__',))
Iterable = _abstract('Iterable', ('__iter__',))
Iterator = _abstract('Iterator', ('__iter__', '__next__'), (Iterable,))
Reversible = _abstract('Reversible', ('__reversed__', '__iter__'), (Iterable,))
Generator = _abstract('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'), (Iterator,))
Sized = _abstract('Sized', ('__len__',))
Container = _abstract('Container', ('__contains__',))
Callable = _abstract('Callable', ('__call__',))
Collection = _abstract('Collection', ('__len__', '__iter__', '__contains__'), (Sized, Iterable, Container))
Sequence = _abstract('Sequence', (), (Reversible, Collection))
MutableSequence = _abstract('MutableSequence', (), (Sequence,))
Set = _abstract('Set', (), (Collection,))
MutableSet = _abstract('MutableSet', (), (Set,))
Mapping = _abstract('Mapping', (), (Collection,))
MutableMapping = _abstract('MutableMapping', (), (Mapping,))
MappingView = _abstract('MappingView', (), (Sized,))
KeysView = _abstract('KeysView', (), (MappingView, Set))
ItemsView = _abstract('ItemsView', (), (MappingView, Set))
ValuesView = _abstract('ValuesView', (), (MappingView, Collection))

for _cls in (tuple, str, range, list):
    Sequence.register(_cls)
MutableSequence.register(list)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
