/// `collections`: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict,
/// UserList.
/// Written in Python and run by `PythonSourceModule` on first import.
enum CollectionsModule {
    /// The module's source: one part per file (CollectionsModule+*.swift), joined back in
    /// definition order (later parts use the helpers of earlier ones).
    static var source: String {
        [headerSource, namedtupleSource, orderedDictSource, counterSource, dequeSource, chainMapSource]
            .joined(separator: "\n")
    }

    /// `__all__`, imports and the helpers the classes share.
    static let headerSource = #"""
"""Container datatypes: namedtuple, deque, Counter, OrderedDict, defaultdict,
ChainMap."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'defaultdict', 'deque', 'namedtuple']

from operator import itemgetter as _itemgetter
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

# Workaround: a class statement inherits a built-in base's constructor only once that base's
# methods have been loaded, so load them before subclassing dict and tuple.
dict.keys
tuple.count

_repr_running = set()


def _dict_repr(d):
    """The repr of the dict part of a dict subclass, '{...}' for a self-reference."""
    key = id(d)
    if key in _repr_running:
        return '{...}'
    _repr_running.add(key)
    try:
        return '{' + ', '.join([repr(k) + ': ' + repr(v) for k, v in dict.items(d)]) + '}'
    finally:
        _repr_running.discard(key)


################################################################################
### namedtuple
################################################################################

_keywords = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _quoted_list(names):
    quoted = ["'" + name + "'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


"""#
}
