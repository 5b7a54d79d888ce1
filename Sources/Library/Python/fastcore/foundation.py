"""fastcore.foundation: L, a list with a count in its repr and functional helpers."""

def _is_listy(x):
    return isinstance(x, (list, tuple, L))

def coll_repr(c, max_n=10):
    items = list(c)
    text = ','.join(repr(o) for o in items[:max_n])
    more = '...' if len(items) > max_n else ''
    return '(#' + str(len(items)) + ') [' + text + more + ']'

class L:
    def __init__(self, items=None, *rest, use_list=False, match=None):
        if rest:
            items = [items] + list(rest)
        if items is None:
            items = []
        elif isinstance(items, L):
            items = list(items.items)
        elif isinstance(items, (str, bytes, dict)) or not hasattr(items, '__iter__'):
            items = [items]
        elif not isinstance(items, list):
            items = list(items)
        self.items = items if use_list or isinstance(items, list) else list(items)

    def _new(self, items):
        return L(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, item):
        return item in self.items

    def __getitem__(self, idx):
        if isinstance(idx, int):
            return self.items[idx]
        if isinstance(idx, slice):
            return self._new(self.items[idx])
        if not getattr(idx, 'ndim', 1):
            # fastcore's is_indexer: a 0-d tensor or array picks one item (`lbls[y]`).
            return self.items[idx]
        if str(getattr(idx, 'dtype', '')) in ('torch.bool', 'bool'):
            # A boolean tensor or array is a mask, as fastcore's mask2idxs reads it.
            idx = [bool(o) for o in idx]
        idx = list(idx)
        if idx and isinstance(idx[0], bool):
            return self._new([o for o, keep in zip(self.items, idx) if keep])
        return self._new([self.items[i] for i in idx])

    def __setitem__(self, idx, value):
        self.items[idx] = value

    def __delitem__(self, idx):
        del self.items[idx]

    def __eq__(self, other):
        return list(self) == list(other) if _is_listy(other) else False

    def __add__(self, other):
        return self._new(self.items + list(L(other)))

    def __radd__(self, other):
        return self._new(list(L(other)) + self.items)

    def __mul__(self, n):
        return self._new(self.items * n)

    def __repr__(self):
        return coll_repr(self)

    def __reversed__(self):
        return iter(self.items[::-1])

    def copy(self):
        return self._new(list(self.items))

    def append(self, item):
        self.items.append(item)
        return self

    def extend(self, items):
        self.items.extend(items)
        return self

    def insert(self, i, item):
        self.items.insert(i, item)
        return self

    def pop(self, i=-1):
        return self.items.pop(i)

    def remove(self, item):
        self.items.remove(item)

    def clear(self):
        self.items.clear()
        return self

    def index(self, item):
        return self.items.index(item)

    def count(self, item):
        return self.items.count(item)

    def sorted(self, key=None, reverse=False):
        if key is None and self.items and all(hasattr(o, '__fspath__') for o in self.items[:1]):
            # Paths sort by their text: the same order, at native string-comparison speed.
            return self._new(sorted(self.items, key=str, reverse=reverse))
        if isinstance(key, str):
            attribute = key
            key = lambda o: getattr(o, attribute)
        elif isinstance(key, int):
            position = key
            key = lambda o: o[position]
        return self._new(sorted(self.items, key=key, reverse=reverse))

    def map(self, f, *args, **kwargs):
        if isinstance(f, str):
            # fastcore's map_ex: a string maps through str.format.
            return self._new([f.format(o, *args, **kwargs) for o in self.items])
        return self._new([f(o, *args, **kwargs) for o in self.items])

    def map_dict(self, f=None, *args, **kwargs):
        "Like `map`, but creates a dict from `items` to function results"
        if f is None:
            return {k: k for k in self.items}
        return {k: f(k, *args, **kwargs) for k in self.items}

    def val2idx(self):
        "Dict from value to index"
        return {v: i for i, v in enumerate(self.items)}

    def __invert__(self):
        return self._new([not i for i in self.items])

    def argfirst(self, f, negate=False):
        "Return index of first matching item"
        for i, o in enumerate(self.items):
            if bool(f(o)) != negate:
                return i
        return None

    def filter(self, f=None, negate=False, **kwargs):
        if f is None:
            f = bool
        return self._new([o for o in self.items if bool(f(o, **kwargs)) != negate])

    def argwhere(self, f, negate=False, **kwargs):
        return self._new([i for i, o in enumerate(self.items) if bool(f(o, **kwargs)) != negate])

    def itemgot(self, *idxs):
        result = self
        for i in idxs:
            result = result._new([o[i] for o in result.items])
        return result

    def attrgot(self, k, default=None):
        return self._new([getattr(o, k, default) for o in self.items])

    def enumerate(self):
        return self._new(list(enumerate(self.items)))

    def zip(self, cycled=False):
        return self._new(list(zip(*self.items)))

    def unique(self):
        seen = []
        for o in self.items:
            if o not in seen:
                seen.append(o)
        return self._new(seen)

    def sum(self):
        return sum(self.items)

    def reduce(self, f, initial=None):
        items = list(self.items)
        if initial is None:
            result = items.pop(0)
        else:
            result = initial
        for o in items:
            result = f(result, o)
        return result

    def concat(self):
        out = []
        for o in self.items:
            out.extend(o)
        return self._new(out)

    def shuffle(self):
        import random
        items = list(self.items)
        random.shuffle(items)
        return self._new(items)

    @classmethod
    def range(cls, a, b=None, step=None):
        "Same as `range`, but returns `L`. Can pass collection for `a`, to use `len(a)`"
        if hasattr(a, '__len__'):
            a = len(a)
        if b is None:
            return cls(list(range(a)))
        return cls(list(range(a, b, step or 1)))

    @classmethod
    def split(cls, s, sep=None, maxsplit=-1):
        return cls(s.split(sep, maxsplit))

from pathlib import Path

def _path_ls(self, n_max=None, file_type=None, file_exts=None):
    # fastcore's Path.ls, listing children in name order so results are reproducible.
    items = list(self.iterdir())
    if file_exts is not None:
        items = [o for o in items if o.suffix in file_exts]
    if n_max is not None:
        items = items[:n_max]
    return L(items)

Path.ls = _path_ls
