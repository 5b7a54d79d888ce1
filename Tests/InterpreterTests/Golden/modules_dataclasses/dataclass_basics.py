# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, field options, __post_init__, inheritance, errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p == (1, 0))
print(Point.__init__.__qualname__, Point.__doc__, Point.__match_args__)
print(Point.y, hasattr(Point, 'x'), Point.__hash__)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    total: float = field(init=False, default=0.0)

    def __post_init__(self):
        self.total = self.count * 1.5


a = Inventory('a')
b = Inventory('a')
a.items.append('apple')
print(a, b, a.items is b.items, a.total)
print(Inventory('x', [], 2, 'p') == Inventory('x', [], 2, 'q'))
print([f.name for f in fields(Inventory)], [f.init for f in fields(a)])
print(fields(Point)[1].default, fields(Point)[0].type)


@dataclass
class Point3(Point):
    z: int = 5


print(Point3(1, 2, 3), Point3(7), [f.name for f in fields(Point3)])


@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)


line = Line(Point(0, 0), Point(1, 1), ['a'])
print(asdict(line))
print(astuple(line))
print(replace(p, y=9), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1))

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: asdict(Point),
            lambda: fields(1), lambda: replace(a, total=1.0), lambda: field(default=1, default_factory=list)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
