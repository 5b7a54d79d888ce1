# help(obj) prints what CPython's pydoc prints for functions, methods and classes.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """Doc of f.

    More text here.
    """
def g(): pass
class Point:
    """A point in the plane."""
    scale = 2
    def __init__(self, x, y=0):
        self.x = x
    def norm(self, p=2):
        "The p-norm."
        return 1
    @property
    def twice(self):
        "Twice x."
        return 2
class Sub(Point):
    def extra(self): pass
help(f)
help(g)
help(len)
help(Point)
help(Point(1).norm)
help(Sub)
help('len')
help('nosuchthing')
help([].append)
help(abs)
class Plain:
    pass
class WithClass:
    "Has class and static methods."
    @classmethod
    def make(cls, x):
        "Make one."
        return cls()
    @staticmethod
    def helper(y, z=1):
        return y
    def __repr__(self):
        return 'W'
    @property
    def value(self):
        return 1
    @value.setter
    def value(self, v):
        pass
help(Plain)
help(WithClass)
