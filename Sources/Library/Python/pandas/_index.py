"""Row and column labels: `RangeIndex` (the default 0..n-1) and `Index` (any list of labels)."""


def infer_dtype(values):
    """The dtype pandas 3 gives a column made from these Python values."""
    if not values:
        return "object"
    kinds = set()
    for v in values:
        if isinstance(v, bool):
            kinds.add("bool")
        elif isinstance(v, int):
            kinds.add("int")
        elif isinstance(v, float):
            kinds.add("float")
        elif v is None:
            kinds.add("none")
        elif isinstance(v, str):
            kinds.add("str")
        else:
            kinds.add("object")
    if kinds == {"bool"}:
        return "bool"
    if kinds == {"int"}:
        return "int64"
    if "float" in kinds or "int" in kinds:
        if not (kinds - {"int", "float", "none"}):
            return "float64"
    if "str" in kinds and not (kinds - {"str", "none"}):
        return "str"
    return "object"


def _quoted(label):
    return repr(label) if isinstance(label, str) else str(label)


class Index:
    def __init__(self, data=None, dtype=None, name=None):
        self._labels = list(data) if data is not None else []
        self.dtype = dtype if dtype is not None else infer_dtype(self._labels)
        self.name = name

    def __len__(self):
        return len(self._labels)

    def __iter__(self):
        return iter(self._labels)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Index(self._labels[key], self.dtype)
        return self._labels[key]

    def __contains__(self, label):
        return label in self._labels

    def __eq__(self, other):
        return [a == b for a, b in zip(self._labels, list(other))]

    def tolist(self):
        return list(self._labels)

    to_list = tolist

    @property
    def values(self):
        return list(self._labels)

    def get_loc(self, label):
        for i, x in enumerate(self._labels):
            if x == label:
                return i
        raise KeyError(label)

    def take(self, positions):
        return Index([self._labels[i] for i in positions], self.dtype, self.name)

    def __repr__(self):
        body = ", ".join(_quoted(x) for x in self._labels)
        text = "Index([" + body + "], dtype='" + self.dtype + "'"
        if self.name is not None:
            text += ", name=" + _quoted(self.name)
        return text + ")"


class RangeIndex(Index):
    def __init__(self, start=0, stop=None, step=1, name=None):
        if stop is None:
            start, stop = 0, start
        self.start, self.stop, self.step = start, stop, step
        Index.__init__(self, list(range(start, stop, step)), "int64", name)

    def take(self, positions):
        labels = [self._labels[i] for i in positions]
        if len(labels) > 1:
            step = labels[1] - labels[0]
            if step > 0 and all(labels[i + 1] - labels[i] == step for i in range(len(labels) - 1)):
                return RangeIndex(labels[0], labels[-1] + step, step, self.name)
        elif len(labels) == 1:
            return RangeIndex(labels[0], labels[0] + 1, 1, self.name)
        return Index(labels, "int64", self.name)

    def __repr__(self):
        text = "RangeIndex(start=%d, stop=%d, step=%d" % (self.start, self.stop, self.step)
        if self.name is not None:
            text += ", name=" + _quoted(self.name)
        return text + ")"


def ensure_index(labels, count):
    if labels is None:
        return RangeIndex(count)
    if isinstance(labels, Index):
        return labels
    if isinstance(labels, range):
        return RangeIndex(labels.start, labels.stop, labels.step)
    return Index(labels)
