# dataclasses: order, frozen, unsafe_hash, eq=False, kw_only, ClassVar, make_dataclass, user-defined methods kept
from dataclasses import dataclass, field, FrozenInstanceError, make_dataclass, fields, KW_ONLY
from typing import ClassVar


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return '#%02x%02x%02x' % (self.r, self.g, self.b)


c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), {c: 1}[Color(255, 128, 0)])
for action in [lambda: setattr(c, 'r', 1), lambda: delattr(c, 'g')]:
    try:
        action()
    except FrozenInstanceError as e:
        print('FrozenInstanceError:', e, isinstance(e, AttributeError))


@dataclass(eq=False)
class Handle:
    n: int


print(Handle(1) == Handle(1), Handle(1).__hash__ is not None)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, default='x')


print(hash(Key(1)) == hash(Key(1, 'y')))


@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = 'c'

    def __repr__(self):
        return 'Counter<%s>' % self.name


print(Counter(), [f.name for f in fields(Counter)], Counter.total)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=2))
try:
    Options(True, 2)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3))

Dyn = make_dataclass('Dyn', ['x', ('y', int), ('z', int, field(default=5))])
print(Dyn(1, 2), [f.name for f in fields(Dyn)], Dyn(1, 2) == Dyn(1, 2))

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass(order=True)
    class Explicit:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)
