# @staticmethod and @classmethod.
class Temperature:
    unit = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_freezing(d):
        return d <= 0
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.unit}'
t = Temperature.from_fahrenheit(212)
print(t.degrees, type(t).__name__)
print(Temperature.is_freezing(-5), t.is_freezing(t.degrees))
print(Temperature.describe(), t.describe())
class Kelvin(Temperature):
    unit = 'K'
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.degrees, Kelvin.describe())
