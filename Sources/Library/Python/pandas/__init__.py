"""A pandas subset for the fastai book: DataFrame and Series from tensors, arrays, lists and dicts,
with pandas' text and HTML output, and `DataFrame.style` for colouring cells (the grid of a
digit's pixel values in chapters 4 and 13)."""
from pandas._format import OPTIONS as _OPTIONS
from pandas._frame import DataFrame, Series
from pandas._index import Index, RangeIndex

__version__ = "3.1.1"


def set_option(name, value):
    key = name if name.startswith("display.") else "display." + name
    if key not in _OPTIONS:
        raise KeyError("No such keys(s): %r" % name)
    _OPTIONS[key] = value


def get_option(name):
    key = name if name.startswith("display.") else "display." + name
    if key not in _OPTIONS:
        raise KeyError("No such keys(s): %r" % name)
    return _OPTIONS[key]
