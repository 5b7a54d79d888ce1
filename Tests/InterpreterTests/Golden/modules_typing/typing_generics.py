# typing: TypeVar, Generic classes, get_origin/get_args, isinstance with aliases, NamedTuple, get_type_hints, overload, Protocol
from typing import (Dict, Generic, List, NamedTuple, Optional, Tuple, TypeVar, Union, Iterable,
                    Mapping, Sequence, Callable, Hashable, Sized, get_args, get_origin,
                    get_type_hints, overload, Protocol, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V', bound=int)
C = TypeVar('C', covariant=True)
S = TypeVar('S', int, str)
print(repr(T), repr(C), repr(TypeVar('D', contravariant=True)), T.__name__, V.__bound__, S.__constraints__)
print(repr(List[T]), repr(Dict[K, T]), repr(Dict[str, T][int]), repr(List[T][List[int]]))
print(List[T].__parameters__, Dict[K, List[T]].__parameters__)


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), type(s).__name__, repr(Stack[int]), Stack.__parameters__, repr(Stack[int].__origin__))


class Pair(Generic[K, V]):
    pass


print(repr(Pair[str, int]))
for bad in [lambda: Stack[int, str], lambda: Generic[int], lambda: Pair[int], lambda: TypeVar('X', int),
            lambda: isinstance([], List[int])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]) is Union, get_origin(int))
print(get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Callable[[int], str]), get_args(int))
print(get_args(Optional[int]), get_origin(Tuple[int, ...]), get_args(Tuple[int, ...]))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Iterable))
print(isinstance({}, Mapping), isinstance('ab', Sequence), isinstance(len, Callable), isinstance([], Hashable))
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]), isinstance(None, Optional[int]))
print(issubclass(list, Sequence), issubclass(dict, Sized), issubclass(int, Iterable))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return '%s #%d' % (self.name, self.id)


e = Employee('Guido')
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__)
print(Employee('Ann', 5) == ('Ann', 5), e._replace(id=7), e._asdict())
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)


class Node:
    value: int
    next: 'Optional[Node]'


def area(width: float, height: float = 1.0) -> float:
    return width * height


print(get_type_hints(area))
print(get_type_hints(Node))
print(area.__annotations__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class File:
    def close(self):
        pass


class Proto(Protocol):
    def run(self): ...


print(isinstance(File(), Closable), isinstance(1, Closable))
for bad in [lambda: isinstance(File(), Proto), lambda: Proto()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
