"""pickle: dumps/loads/dump/load over Tessera's pickler (the one torch.save uses). It writes
protocol 2 and reads protocols 0-5; tensors go through torch.save/torch.load instead."""

import _tessera_pickle
from _pickle import PickleError, PicklingError, UnpicklingError

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return _tessera_pickle.dumps(obj)


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return _tessera_pickle.loads(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return loads(file.read())
