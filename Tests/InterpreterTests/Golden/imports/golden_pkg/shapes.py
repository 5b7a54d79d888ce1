# Support module for the imports/ golden programs (not a program itself).
__all__ = ['Square', 'area']
class Square:
    def __init__(self, side):
        self.side = side
def area(shape):
    return shape.side ** 2
def _private():
    return 'private'
unlisted = 'not in __all__'
