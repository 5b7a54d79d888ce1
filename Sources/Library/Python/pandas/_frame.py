"""`DataFrame` and `Series`: labelled columns of Python values, each column with the dtype pandas
would give it (a float32 tensor gives float32 columns, Python floats float64, strings str)."""
from pandas import _format
from pandas._index import Index, RangeIndex, ensure_index, infer_dtype


def _array_dtype(data):
    """The dtype name of a tensor or numpy array ('float32'), or None for other data."""
    if hasattr(data, "dtype") and hasattr(data, "shape") and hasattr(data, "tolist"):
        name = str(data.dtype)
        return name[6:] if name.startswith("torch.") else name
    return None


def _clean(values, dtype):
    """Missing values as pandas 3 stores them: NaN in float and str columns."""
    if _format.is_float_dtype(dtype):
        return [float("nan") if v is None else float(v) for v in values]
    if dtype == "str":
        return [float("nan") if v is None else v for v in values]
    return values


def _to_list(data):
    if isinstance(data, (Series,)):
        return list(data._values)
    if hasattr(data, "tolist"):
        return data.tolist()
    return list(data)


class Series:
    def __init__(self, data=None, index=None, dtype=None, name=None):
        if isinstance(data, dict):
            if index is None:
                index = list(data.keys())
            data = list(data.values())
        array_dtype = _array_dtype(data)
        if isinstance(data, Series):
            array_dtype = data.dtype
            if index is None:
                index = data.index
            if name is None:
                name = data.name
        values = [] if data is None else _to_list(data)
        self.dtype = str(dtype) if dtype is not None else (array_dtype or infer_dtype(values))
        if self.dtype == "float":
            self.dtype = "float64"
        if self.dtype == "int":
            self.dtype = "int64"
        self._values = _clean(values, self.dtype)
        self.index = ensure_index(index, len(self._values))
        if len(self.index) != len(self._values):
            raise ValueError("Length of values (%d) does not match length of index (%d)"
                             % (len(self._values), len(self.index)))
        self.name = name

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    @property
    def shape(self):
        return (len(self._values),)

    @property
    def values(self):
        return _numpy_array(self._values, self.dtype)

    def to_numpy(self):
        return self.values

    def tolist(self):
        return list(self._values)

    to_list = tolist

    def _take(self, positions):
        return Series([self._values[i] for i in positions], self.index.take(positions), self.dtype, self.name)

    def head(self, n=5):
        return self._take(_head_positions(len(self), n))

    def tail(self, n=5):
        return self._take(_tail_positions(len(self), n))

    @property
    def iloc(self):
        return _SeriesILoc(self)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._take(list(range(len(self)))[key])
        return self._values[self.index.get_loc(key)]

    def sum(self):
        return sum(self._values)

    def mean(self):
        return sum(self._values) / len(self._values)

    def max(self):
        return max(self._values)

    def min(self):
        return min(self._values)

    def __repr__(self):
        return _format.series_to_string(self._values, self.dtype, self.index.tolist(), self.name)

    __str__ = __repr__


class _SeriesILoc:
    def __init__(self, series):
        self._series = series

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._series._take(list(range(len(self._series)))[key])
        if isinstance(key, list):
            return self._series._take([_position(k, len(self._series)) for k in key])
        return self._series._values[_position(key, len(self._series))]


def _position(i, count):
    if not isinstance(i, int) or isinstance(i, bool):
        raise TypeError("Cannot index by location index with a non-integer key")
    if i < -count or i >= count:
        raise IndexError("single positional indexer is out-of-bounds")
    return i + count if i < 0 else i


def _head_positions(count, n):
    return list(range(count))[:n]


def _tail_positions(count, n):
    if n == 0:
        return []
    return list(range(count))[-n:]


def _describe(values):
    count = len(values)
    nan = float("nan")
    if count == 0:
        return [0.0] + [nan] * 7
    ordered = sorted(float(v) for v in values)
    mean = sum(ordered) / count
    std = (sum((v - mean) ** 2 for v in ordered) / (count - 1)) ** 0.5 if count > 1 else nan
    return [float(count), mean, std, ordered[0], _quantile(ordered, 0.25), _quantile(ordered, 0.5),
            _quantile(ordered, 0.75), ordered[-1]]


def _quantile(ordered, q):
    """numpy's default (linear) quantile of sorted values."""
    position = (len(ordered) - 1) * q
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def _numpy_array(values, dtype):
    import numpy
    if dtype in ("str", "object"):
        return values
    return numpy.array(values, dtype=dtype)


def _common_dtype(dtypes):
    kinds = set(dtypes)
    if len(kinds) == 1:
        return dtypes[0]
    if not (kinds - set(_format.NUMERIC_DTYPES)) and "bool" not in kinds:
        if any(_format.is_float_dtype(d) for d in kinds):
            return "float64"
        return "int64"
    return "object"


class DataFrame:
    def __init__(self, data=None, index=None, columns=None, dtype=None):
        labels, dtypes, values = [], [], []
        if data is None:
            data = {}
        if isinstance(data, DataFrame):
            labels, dtypes, values = list(data._labels), list(data._dtypes), [list(c) for c in data._columns]
            if index is None:
                index = data.index
        elif isinstance(data, dict):
            for label, column in data.items():
                array_dtype = _array_dtype(column) or (column.dtype if isinstance(column, Series) else None)
                column_values = _to_list(column)
                if index is None and isinstance(column, Series) and not isinstance(column.index, RangeIndex):
                    index = column.index
                labels.append(label)
                dtypes.append(array_dtype or infer_dtype(column_values))
                values.append(column_values)
        else:
            array_dtype = _array_dtype(data)
            rows = _to_list(data)
            if array_dtype is not None and rows and not isinstance(rows[0], list):
                rows = [[v] for v in rows]
            rows = [_to_list(r) if not isinstance(r, list) else r for r in rows]
            width = max([len(r) for r in rows] + [0])
            for c in range(width):
                column_values = [r[c] if c < len(r) else None for r in rows]
                labels.append(c)
                dtypes.append(array_dtype or infer_dtype(column_values))
                values.append(column_values)
        count = len(values[0]) if values else (len(index) if index is not None else 0)
        for label, column in zip(labels, values):
            if len(column) != count:
                raise ValueError("All arrays must be of the same length")
        if columns is not None:
            columns = list(columns)
            if isinstance(data, dict):
                picked = [labels.index(c) if c in labels else -1 for c in columns]
                values = [values[p] if p >= 0 else [None] * count for p in picked]
                dtypes = [dtypes[p] if p >= 0 else "object" for p in picked]
            elif len(columns) != len(labels) and labels:
                raise ValueError("%d columns passed, passed data had %d columns" % (len(columns), len(labels)))
            labels = columns
        if dtype is not None:
            dtypes = [str(dtype)] * len(labels)
        self._labels = labels
        self._dtypes = dtypes
        self._columns = [_clean(v, d) for v, d in zip(values, dtypes)]
        self.index = ensure_index(index, count)
        if len(self.index) != count:
            raise ValueError("Length of values (%d) does not match length of index (%d)" % (count, len(self.index)))

    @classmethod
    def _make(cls, labels, dtypes, columns, index):
        frame = cls.__new__(cls)
        frame._labels, frame._dtypes, frame._columns, frame.index = labels, dtypes, columns, index
        return frame

    @property
    def columns(self):
        if all(isinstance(c, int) for c in self._labels) and self._labels == list(range(len(self._labels))):
            return RangeIndex(len(self._labels))
        return Index(self._labels)

    @columns.setter
    def columns(self, labels):
        labels = list(labels)
        if len(labels) != len(self._labels):
            raise ValueError("Length mismatch: Expected axis has %d elements, new values have %d elements"
                             % (len(self._labels), len(labels)))
        self._labels = labels

    @property
    def dtypes(self):
        return Series(list(self._dtypes), index=Index(self._labels), dtype="object")

    @property
    def shape(self):
        return (len(self.index), len(self._labels))

    @property
    def size(self):
        return len(self.index) * len(self._labels)

    @property
    def empty(self):
        return len(self.index) == 0 or not self._labels

    def __len__(self):
        return len(self.index)

    def __iter__(self):
        return iter(self._labels)

    def _column_position(self, label):
        for i, x in enumerate(self._labels):
            if x == label:
                return i
        raise KeyError(label)

    def _column(self, position):
        return Series(self._columns[position], self.index, self._dtypes[position], self._labels[position])

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._take_rows(list(range(len(self)))[key])
        if isinstance(key, (list, Index)):
            return self._take_columns([self._column_position(k) for k in key])
        return self._column(self._column_position(key))

    def __setitem__(self, key, value):
        count = len(self.index)
        if isinstance(value, (list, Series)) or _array_dtype(value) is not None:
            values = _to_list(value)
            dtype = value.dtype if isinstance(value, Series) else (_array_dtype(value) or infer_dtype(values))
        else:
            values = [value] * count
            dtype = infer_dtype(values)
        if len(values) != count:
            raise ValueError("Length of values (%d) does not match length of index (%d)" % (len(values), count))
        values = _clean(values, dtype)
        for i, x in enumerate(self._labels):
            if x == key:
                self._columns[i], self._dtypes[i] = values, dtype
                return
        self._labels.append(key)
        self._dtypes.append(dtype)
        self._columns.append(values)

    def __contains__(self, label):
        return label in self._labels

    def _take_rows(self, positions):
        columns = [[c[i] for i in positions] for c in self._columns]
        return DataFrame._make(list(self._labels), list(self._dtypes), columns, self.index.take(positions))

    def _take_columns(self, positions):
        return DataFrame._make([self._labels[i] for i in positions], [self._dtypes[i] for i in positions],
                               [list(self._columns[i]) for i in positions], self.index)

    def _row(self, position):
        dtype = _common_dtype(self._dtypes)
        return Series([c[position] for c in self._columns], Index(self._labels), dtype, self.index[position])

    def head(self, n=5):
        return self._take_rows(_head_positions(len(self), n))

    def tail(self, n=5):
        return self._take_rows(_tail_positions(len(self), n))

    @property
    def iloc(self):
        return _FrameILoc(self)

    @property
    def values(self):
        dtype = _common_dtype(self._dtypes) if self._dtypes else "float64"
        rows = [[c[r] for c in self._columns] for r in range(len(self))]
        return _numpy_array(rows, dtype)

    def to_numpy(self):
        return self.values

    @property
    def T(self):
        dtype = _common_dtype(self._dtypes)
        columns = [[c[r] for c in self._columns] for r in range(len(self))]
        return DataFrame._make(self.index.tolist(), [dtype] * len(columns), columns, Index(self._labels))

    transpose = T

    def describe(self):
        """count, mean, std, min, quartiles and max of each numeric column (bool excluded)."""
        picked = [i for i, d in enumerate(self._dtypes) if d in _format.NUMERIC_DTYPES and d != "bool"]
        if not picked:
            raise ValueError("describe() of a frame without numeric columns is not supported")
        columns = [_describe([v for v in self._columns[i] if v == v]) for i in picked]
        index = Index(["count", "mean", "std", "min", "25%", "50%", "75%", "max"])
        return DataFrame._make([self._labels[i] for i in picked], ["float64"] * len(picked), columns, index)

    @property
    def style(self):
        from pandas._style import Styler
        return Styler(self)

    def to_string(self):
        return _format.frame_to_string(self._labels, self._dtypes, self._columns, self.index.tolist(), len(self))

    def __repr__(self):
        return self.to_string()

    __str__ = __repr__

    def to_html(self):
        from pandas._html import frame_to_html
        return frame_to_html(self)

    def _repr_html_(self):
        from pandas._html import frame_to_html
        return "<div>\n" + _HTML_STYLE + frame_to_html(self, notebook=True) + "\n</div>"


# What pandas puts before a frame's table in a notebook.
_HTML_STYLE = """<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>
"""


class _FrameILoc:
    def __init__(self, frame):
        self._frame = frame

    def _positions(self, key, count):
        if isinstance(key, slice):
            return list(range(count))[key], False
        if isinstance(key, list):
            return [_position(k, count) for k in key], False
        return [_position(key, count)], True

    def __getitem__(self, key):
        frame = self._frame
        if isinstance(key, tuple):
            row_key, column_key = key
        else:
            row_key, column_key = key, slice(None)
        rows, one_row = self._positions(row_key, len(frame))
        cols, one_column = self._positions(column_key, len(frame._labels))
        if one_row and one_column:
            return frame._columns[cols[0]][rows[0]]
        if one_column:
            return frame._column(cols[0])._take(rows)
        picked = frame._take_columns(cols)
        if one_row:
            return picked._row(rows[0])
        return picked._take_rows(rows)
