# abc: abstract methods block instantiation with CPython's message, subclasses that implement them work, register, isinstance/issubclass, ABCMeta
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return '%s with area %s' % (self.name, self.area())


class Partial(Shape):
    def area(self):
        return 1


class Square(Partial):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return 'square'


print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), sorted(Square.__abstractmethods__))
for cls in [Shape, Partial]:
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
print(type(Shape).__name__, isinstance(Shape, ABCMeta))


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass


try:
    Base()
except TypeError as e:
    print('TypeError:', e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__') or NotImplemented
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Drawable(ABC):
    pass


class Circle:
    pass


print(isinstance(Circle(), Drawable))
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Drawable.register(int) is int)
print(isinstance(5, Drawable), isinstance('x', Drawable))


@Drawable.register
class Line:
    pass


print(issubclass(Line, Drawable), Line.__name__)


class SubDrawable(Drawable):
    pass


SubDrawable.register(float)
print(isinstance(1.5, Drawable), isinstance(1.5, SubDrawable), issubclass(bool, Drawable))
try:
    Drawable.register(3)
except TypeError as e:
    print('TypeError:', e)


class Concrete(ABC):
    def ok(self):
        return 'ok'


print(Concrete().ok(), Concrete.__abstractmethods__ == frozenset())
