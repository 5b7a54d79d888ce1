# Calls of plain classes run `__init__` on the new instance with the arguments in place; every
# other kind of class, and every call that is an error, keeps the general path's behaviour.
import traceback


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


print(Point(1, 2), Point(3), Point(x=4, y=5), Point(*[6, 7]))
print([Point(i) for i in range(3)])


class Derived(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


d = Derived(1, 2, 3)
print(d, d.z, type(d).__name__)


class NoInit:
    pass


print(type(NoInit()).__name__)


class ReturnsValue:
    def __init__(self):
        return 42


class Raises:
    def __init__(self, v):
        raise ValueError("bad %s" % v)


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("init", a)


WithNew(7)


class Slots:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(Slots(5).a)


class BadSlots:
    __slots__ = ("a",)

    def __init__(self):
        self.b = 1


class Recursive:
    def __init__(self, n):
        self.child = Recursive(n + 1)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(5):
    Counter()
print(Counter.count)


class Later:
    def __init__(self, a):
        self.a = a


Later.__init__ = lambda self, a, b=1: setattr(self, "a", a + b)
print(Later(1).a)


def init_with_kw(self, *, key):
    self.key = key


class KeywordOnly:
    __init__ = init_with_kw


print(KeywordOnly(key=3).key)

for make in (lambda: ReturnsValue(), lambda: Raises(1), lambda: Point(), lambda: Point(1, 2, 3),
             lambda: NoInit(1), lambda: BadSlots(), lambda: KeywordOnly(1)):
    try:
        make()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Recursive(0)
except RecursionError:
    print("RecursionError")
try:
    Raises(2)
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([line.strip() for line in lines if line.strip().startswith(("Raises(", "raise "))])
