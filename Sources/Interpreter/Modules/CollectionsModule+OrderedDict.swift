extension CollectionsModule {
    /// `OrderedDict` and its key, value and item views.
    static let orderedDictSource = #"""
class _OrderedDictView:
    _kind = 'odict_view'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self._kind}({list(self)!r})'

    def __reversed__(self):
        return iter(list(self)[::-1])


class _OrderedDictSetView(_OrderedDictView):
    def _other_set(self, other):
        if isinstance(other, (set, frozenset)):
            return other
        try:
            return set(other)
        except TypeError:
            return None

    def __eq__(self, other):
        if not isinstance(other, (set, frozenset, _OrderedDictSetView, type({}.keys()), type({}.items()))):
            return NotImplemented
        return len(self) == len(other) and all(item in self for item in other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __and__(self, other):
        other = self._other_set(other)
        if other is None:
            return NotImplemented
        return set(self) & other

    __rand__ = __and__

    def __or__(self, other):
        other = self._other_set(other)
        if other is None:
            return NotImplemented
        return set(self) | other

    __ror__ = __or__

    def __sub__(self, other):
        other = self._other_set(other)
        if other is None:
            return NotImplemented
        return set(self) - other

    def __rsub__(self, other):
        other = self._other_set(other)
        if other is None:
            return NotImplemented
        return other - set(self)

    def __xor__(self, other):
        other = self._other_set(other)
        if other is None:
            return NotImplemented
        return set(self) ^ other

    __rxor__ = __xor__

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class _OrderedDictKeys(_OrderedDictSetView):
    _kind = 'odict_keys'

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in self._mapping


class _OrderedDictItems(_OrderedDictSetView):
    _kind = 'odict_items'

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __contains__(self, item):
        key, value = item
        if key not in self._mapping:
            return False
        found = dict.get(self._mapping, key)
        return found is value or found == value


class _OrderedDictValues(_OrderedDictView):
    _kind = 'odict_values'

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __contains__(self, value):
        for item in dict.values(self._mapping):
            if item is value or item == value:
                return True
        return False


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(dict.keys(self))
        key = keys[-1] if last else keys[0]
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __reversed__(self):
        return iter(list(dict.keys(self))[::-1])

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _OrderedDictKeys(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _OrderedDictItems(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _OrderedDictValues(self)

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))
        finally:
            _repr_running.discard(key)

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################

"""#
}
