"""Heap queue algorithm: a binary min-heap kept in a plain list (heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2])."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(function, heap):
    if not isinstance(heap, list):
        raise TypeError(f'{function}() argument 1 must be list, not {type(heap).__name__}')


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list('heappop', heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if not isinstance(x, list):
        raise TypeError(f'heapify() argument must be list, not {type(x).__name__}')
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i)


# The names follow CPython's: _sift_down moves the item at `pos` towards the root,
# _sift_up moves it to a leaf and then back up (fewer comparisons than a plain sift).
def _sift_down(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output, lazily (a generator)."""
    entries = []
    direction = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([_MergeKey(value if key is None else key(value), order, reverse), value, it])
            break
    heapify(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[1]
            for value in entry[2]:
                entry[0] = _MergeKey(value if key is None else key(value), entry[0].order, reverse)
                entry[1] = value
                heapreplace(entries, entry)
                break
            else:
                heappop(entries)
                break
    if entries:
        entry = entries[0]
        yield entry[1]
        yield from entry[2]


class _MergeKey:
    """Orders merge entries by key (reversed when merging descending inputs), then by input
    position, so equal keys come out in input order as CPython's merge does."""
    __slots__ = ('key', 'order', 'reverse')

    def __init__(self, key, order, reverse):
        self.key = key
        self.order = order
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
        else:
            if self.key < other.key:
                return True
            if other.key < self.key:
                return False
        return self.order < other.order


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset; equivalent to sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset; equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
