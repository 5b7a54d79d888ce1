# inspect: predicates, getmembers, getdoc/cleandoc (inherited docs), getsource/getsourcelines of functions, classes and methods
import inspect
import sys


class Animal:
    """An animal.

    It can speak.
    """
    legs = 4

    def speak(self):
        """Make a sound."""
        return '...'

    @property
    def kind(self):
        return 'animal'


class Dog(Animal):
    def speak(self):
        return 'woof'


def make_counter(start=0):
    """Return a counter.

        Indented detail.
    """
    count = start

    def step():
        return count + 1
    return step


def numbers():
    yield 1


print(inspect.isclass(Animal), inspect.isclass(Animal()), inspect.isfunction(make_counter), inspect.isfunction(len))
print(inspect.ismethod(Dog().speak), inspect.ismethod(Dog.speak), inspect.ismodule(sys), inspect.isbuiltin(len))
print(inspect.isgeneratorfunction(numbers), inspect.isgeneratorfunction(make_counter), inspect.isgenerator(numbers()))
print(inspect.isroutine(len), inspect.isroutine(Dog().speak), inspect.isroutine(3), inspect.getmro(Dog) == Dog.__mro__)
print([name for name, value in inspect.getmembers(Dog) if not name.startswith('__')])
print([name for name, value in inspect.getmembers(Dog(), inspect.ismethod) if not name.startswith('__')])
print(repr(inspect.getdoc(Animal)))
print(repr(inspect.getdoc(make_counter)), repr(inspect.getdoc(Dog.speak)), repr(inspect.getdoc(Dog().speak)))
print(repr(inspect.getdoc(Dog)), inspect.getdoc(numbers))
print(repr(inspect.cleandoc('  first\n      second\n    third\n\n')))
print(inspect.getsource(make_counter), end='')
print(inspect.getsource(Dog), end='')
print(inspect.getsource(Animal.speak), end='')
lines, start = inspect.getsourcelines(numbers)
print(start, lines)
print(inspect.getfile(numbers).endswith('inspect_members.py'))
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError:', e)
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_globals["__name__"])
