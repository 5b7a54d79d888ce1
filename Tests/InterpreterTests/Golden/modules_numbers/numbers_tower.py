# numbers: the numeric tower with int, float and bool, registration of a user class, abstract methods
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for value in [1, True, 2.5, 'x', None, [1]]:
    print(repr(value), [isinstance(value, cls) for cls in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Integral), issubclass(float, Integral), issubclass(bool, Number), issubclass(float, Real))
print(issubclass(Integral, Rational), issubclass(Real, Complex), issubclass(Number, Real))


class Money:
    def __init__(self, cents):
        self.cents = cents


print(isinstance(Money(5), Number))
Real.register(Money)
print(isinstance(Money(5), Number), isinstance(Money(5), Real), isinstance(Money(5), Integral))

try:
    Integral()
except TypeError as e:
    print('TypeError:', str(e)[:60])


class MyInt(Integral):
    pass


try:
    MyInt()
except TypeError as e:
    print('TypeError:', str(e).split(' with ')[0])
print(len(Integral.__abstractmethods__), sorted(Real.__abstractmethods__)[:5])
print(Number.__hash__ is None, numbers.__all__)
