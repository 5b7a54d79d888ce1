extension CollectionsModule {
    /// `defaultdict` and `deque`.
    static let dequeSource = #"""
class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            factory_repr = repr(factory)
        finally:
            _repr_running.discard(key)
        return f'{type(self).__name__}({factory_repr}, {_dict_repr(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    def __copy__(self):
        return type(self)(self.default_factory, self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # The elements are self._items[self._head:]; the slots before _head are free, so that
    # popleft and appendleft take amortised constant time.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self.extend(iterable)

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    @property
    def maxlen(self):
        'maximum size of a deque or None if unbounded'
        return self._maxlen

    def append(self, x, /):
        'Add an element to the right side of the deque.'
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        self._items.append(x)

    def appendleft(self, x, /):
        'Add an element to the left side of the deque.'
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items.pop()
        if self._head == 0:
            spare = max(8, len(self._items))
            self._items[0:0] = [None] * spare
            self._head = spare
        self._head -= 1
        self._items[self._head] = x

    def pop(self):
        'Remove and return the rightmost element.'
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        value = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return value

    def popleft(self):
        'Remove and return the leftmost element.'
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError('pop from an empty deque')
        value = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return value

    def extend(self, iterable, /):
        'Extend the right side of the deque with elements from the iterable'
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        'Extend the left side of the deque with elements from the iterable'
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        'Remove all elements from the deque.'
        self._items.clear()
        self._head = 0

    def copy(self):
        'Return a shallow copy of a deque.'
        return self.__class__(self._items[self._head:], self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, value, /):
        'Return number of occurrences of value.'
        return self._compact().count(value)

    def index(self, value, start=0, stop=9223372036854775807, /):
        'Return first index of value.'
        items = self._compact()
        n = len(items)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            item = items[i]
            if item is value or item == value:
                return i
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        'Insert value before index.'
        items = self._compact()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items.insert(index, value)

    def remove(self, value, /):
        'Remove first occurrence of value.'
        items = self._compact()
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        'Reverse *IN PLACE*.'
        self._compact().reverse()

    def rotate(self, n=1, /):
        'Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.'
        items = self._compact()
        length = len(items)
        if length <= 1:
            return
        n = n % length
        if n:
            items[:] = items[-n:] + items[:-n]

    def _index(self, index):
        if not isinstance(index, int):
            raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
        n = len(self._items) - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._index(index)]

    def __setitem__(self, index, value):
        self._items[self._index(index)] = value

    def __delitem__(self, index):
        del self._items[self._index(index)]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return iter(self._items[self._head:][::-1])

    def __contains__(self, value):
        items = self._items
        for i in range(self._head, len(items)):
            item = items[i]
            if item is value or item == value:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            items = repr(self._items[self._head:])
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return f'{type(self).__name__}({items})'
        return f'{type(self).__name__}({items}, maxlen={self._maxlen})'

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] == other._items[other._head:]

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] != other._items[other._head:]

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] < other._items[other._head:]

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] <= other._items[other._head:]

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] > other._items[other._head:]

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] >= other._items[other._head:]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__((), self._maxlen)
        items = self._items[self._head:]
        for _ in range(n):
            result.extend(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items[self._head:]
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


################################################################################
### ChainMap
################################################################################

"""#
}
