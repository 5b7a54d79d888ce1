"""PIL.Image's own exception, defined in Python so it is an ordinary class of that module."""


class DecompressionBombError(Exception):
    __module__ = 'PIL.Image'


class DecompressionBombWarning(RuntimeWarning):
    __module__ = 'PIL.Image'
