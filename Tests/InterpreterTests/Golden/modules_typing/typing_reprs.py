# typing: aliases print as CPython's, subscription rules and errors, Union/Optional normalisation
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, Iterator, List,
                    Literal, Mapping, Optional, Sequence, Set, Tuple, Type, TypeVar, Union,
                    DefaultDict, Deque, Counter, Generator)
import typing

for alias in [List, Dict, Any, Optional, Union, Callable, Iterable, Tuple, ClassVar]:
    print(repr(alias))
print(repr(List[int]), repr(Dict[str, List[int]]), repr(Set[float]), repr(FrozenSet[str]))
print(repr(Tuple[int, ...]), repr(Tuple[()]), repr(Tuple[int, str]))
print(repr(Callable[[int, str], bool]), repr(Callable[..., int]), repr(Callable[[], None]))
print(repr(Optional[int]), repr(Union[int, None]), repr(Union[None, int]))
print(repr(Union[int, str]), repr(Union[int, Union[str, float]]), repr(Union[int, int]))
print(repr(Optional[Union[int, str]]), repr(Union[int, str, None]))
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(repr(Type[int]), repr(Literal[1, 'a', 1]), repr(ClassVar[int]), repr(Final[int]))
print(repr(Mapping[str, int]), repr(Sequence[int]), repr(Iterator[int]), repr(Generator[int, None, None]))
print(repr(DefaultDict[str, int]), repr(Deque[int]), repr(Counter[str]))
print(repr(List['Node']), repr(Optional['Node']))
print(typing.TYPE_CHECKING, typing.cast(int, 'x'), typing.Text is str)


class Point:
    pass


print(repr(List[Point]), repr(Union[Point, None]))

for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str],
            lambda: Union[()], lambda: Callable[int], lambda: List(), lambda: List[int](),
            lambda: Tuple[int](), lambda: Union[int, str](), lambda: Any(),
            lambda: List[int][str]]:
    try:
        print(repr(bad()))
    except TypeError as e:
        print('TypeError:', e)
