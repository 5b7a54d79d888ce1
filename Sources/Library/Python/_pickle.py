"""The pickle module's exceptions, in `_pickle` as in CPython (its C accelerator), so a failed
`torch.load` prints `_pickle.UnpicklingError` as PyTorch does."""


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass
