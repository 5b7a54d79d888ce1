# enum: IntEnum, StrEnum, str mixin, Flag and IntFlag combinations, membership, iteration, bool, invert
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.LOW), f'{Priority.HIGH}', Priority.LOW + 1)
print(Priority.LOW == 1, Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, Priority.LOW]), Priority(3))
print([p.value for p in Priority], int(Priority.HIGH), Priority.HIGH * 2, {1: "low"}[Priority.LOW], list(range(Priority.HIGH)))


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('w'), f'{Mode.WRITE}', Mode.READ.upper())


class Direction(str, Enum):
    NORTH = 'n'
    SOUTH = 's'


print(Direction.NORTH, repr(Direction.SOUTH), Direction.NORTH == 'n', Direction('s'), f'{Direction.NORTH}')


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(Perm.R), repr(rw), str(rw), rw.value, list(rw), len(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W), repr(Perm.R & Perm.W), repr(~Perm.R))
print(repr(rw ^ Perm.R), repr(Perm(7)), list(Perm), repr(Perm))
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)


class Open(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


both = Open.READ | Open.WRITE
print(repr(both), str(both), both == 6, both & Open.READ, repr(Open.READ | 1), Open.READ in both)
print(int(both), [m.name for m in Open], 6 == both, both > 5)
