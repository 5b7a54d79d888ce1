# enum: members, iteration, len, lookup by value and name, aliases, repr/str/format as 3.11, auto, methods, unique, errors
from enum import Enum, auto, unique
import copy


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f'{Color.RED}|{Color.RED!r}')
print(repr(Color), type(Color.RED) is Color, isinstance(Color.RED, Color), type(Color).__name__)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color(2), Color['BLUE'], Color(Color.RED), getattr(Color, 'GREEN'))
print(Color.RED.name, Color.RED.value, Color.GREEN.describe(), Color.default())
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print([m.name for m in reversed(Color)], {Color.RED: 'r'}[Color.CRIMSON])
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
for bad in [lambda: Color(7), lambda: Color['PURPLE'], lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, repr(e) if isinstance(e, KeyError) else e)


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()


print([(d.name, d.value) for d in Weekday])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.MERCURY))


class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == value.lower():
                return member
        return None


print(Shape('SQ'), Shape('ci'))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
        FOUR = 1
except ValueError as e:
    print('ValueError:', e)

try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__)
Sizes = Enum('Sizes', [('S', 1), ('M', 5)])
print(list(Sizes), Sizes(5))


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Greeting(Base):
    A = 1


print(Greeting.A.hello(), list(Base))
