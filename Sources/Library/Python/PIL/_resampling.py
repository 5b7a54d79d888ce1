"""PIL.Image.Resampling: Pillow's resampling filters as an IntEnum (the numbers its C core uses)."""

from enum import IntEnum


class Resampling(IntEnum):
    NEAREST = 0
    BOX = 4
    BILINEAR = 2
    HAMMING = 5
    BICUBIC = 3
    LANCZOS = 1
    MKS2013 = 6
    MKS2021 = 7


Resampling.__module__ = 'PIL.Image'
