"""How a DataLoader turns a list of samples into a batch: tensors stacked along a new first
dimension, numbers into tensors, and tuples, lists, dicts and named tuples collated field by
field, as PyTorch's default_collate does."""

import torch

_ERROR = "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}"


def _is_mapping(value):
    return isinstance(value, dict) or (hasattr(value, "keys") and hasattr(value, "__getitem__"))


def _is_sequence(value):
    if isinstance(value, (list, tuple, range)):
        return True
    return not isinstance(value, (str, bytes, dict)) and hasattr(value, "__len__") and hasattr(value, "__getitem__")


def _numpy_array_type():
    try:
        import numpy
        return numpy.ndarray
    except ImportError:
        return None


def default_collate(batch):
    elem = batch[0]
    elem_type = type(elem)
    if isinstance(elem, torch.Tensor):
        return torch.stack(batch, 0)
    array_type = _numpy_array_type()
    if array_type is not None and isinstance(elem, array_type):
        return default_collate([torch.as_tensor(b) for b in batch])
    if isinstance(elem, bool) or isinstance(elem, int):
        return torch.tensor(batch)
    if isinstance(elem, float):
        return torch.tensor(batch, dtype=torch.float64)
    if isinstance(elem, (str, bytes)):
        return batch
    if _is_mapping(elem):
        collated = {key: default_collate([d[key] for d in batch]) for key in elem}
        try:
            return elem_type(collated)
        except TypeError:
            return collated
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):
        return elem_type(*(default_collate(samples) for samples in zip(*batch)))
    if _is_sequence(elem):
        it = iter(batch)
        elem_size = len(next(it))
        if not all(len(e) == elem_size for e in it):
            raise RuntimeError("each element in list of batch should be of equal size")
        transposed = list(zip(*batch))
        if isinstance(elem, tuple):
            # A tuple of fields collates to a list, as PyTorch has always done.
            return [default_collate(samples) for samples in transposed]
        try:
            return elem_type([default_collate(samples) for samples in transposed])
        except TypeError:
            return [default_collate(samples) for samples in transposed]
    raise TypeError(_ERROR.format(elem_type))


def default_convert(data):
    """What a DataLoader without batching (batch_size=None) does to each sample: numpy arrays
    become tensors, containers are converted item by item, anything else is left as it is."""
    elem_type = type(data)
    if isinstance(data, torch.Tensor):
        return data
    array_type = _numpy_array_type()
    if array_type is not None and isinstance(data, array_type):
        return torch.as_tensor(data)
    if _is_mapping(data):
        try:
            return elem_type({key: default_convert(data[key]) for key in data})
        except TypeError:
            return {key: default_convert(data[key]) for key in data}
    if isinstance(data, tuple) and hasattr(data, "_fields"):
        return elem_type(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]
    if _is_sequence(data):
        try:
            return elem_type([default_convert(d) for d in data])
        except TypeError:
            return [default_convert(d) for d in data]
    return data
