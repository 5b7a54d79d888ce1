# Property reads that run many times (the attribute cache keeps the getter): the getter runs on
# every read, sees changes, and the cache follows changes to the class.


class Circle:
    def __init__(self, r):
        self._r = r
        self.reads = 0

    @property
    def r(self):
        self.reads += 1
        return self._r

    @property
    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
total = 0
for i in range(50):
    total += c.r
    if i == 25:
        c._r = 3
print(total, c.reads)
print([c.area for _ in range(3)], c.reads)

# The instance's own attribute of the same name does not hide a property.
c.__dict__["r"] = 100
print(c.r)

# Replacing the property on the class is seen by the next read.
def reads():
    return [c.r for _ in range(3)]

print(reads())
Circle.r = property(lambda self: -self._r)
print(reads())
Circle.r = 7
print(reads())
del Circle.r
print(reads())


# A subclass that turns the property into a plain class attribute, and one that overrides it.
class Base:
    @property
    def kind(self):
        return "base:" + type(self).__name__


class Plain(Base):
    kind = "plain"


class Override(Base):
    @property
    def kind(self):
        return "override"


for obj in [Base(), Plain(), Override(), Base(), Plain()] * 2:
    print(obj.kind, end=" ")
print()


# Getters of every shape: a closure, a generator, one with defaults, a native one.
def make_closure_property(offset):
    def get(self):
        return self.value + offset
    return property(get)


class Shapes:
    plus_ten = make_closure_property(10)

    @property
    def gen(self):
        yield self.value
        yield self.value * 2

    def _with_default(self, scale=3):
        return self.value * scale

    scaled = property(_with_default)
    size = property(len)

    def __init__(self, value):
        self.value = value

    def __len__(self):
        return self.value


s = Shapes(4)
for _ in range(3):
    print(s.plus_ten, list(s.gen), s.scaled, s.size)

# A property read as a method call: the getter returns the callable.
class Holder:
    @property
    def action(self):
        return lambda x: x * 2


h = Holder()
print([h.action(i) for i in range(4)])


# Errors inside getters propagate and are caught; hasattr sees AttributeError as False.
class Failing:
    @property
    def broken(self):
        raise AttributeError("no broken here")

    @property
    def bad(self):
        return 1 / 0


f = Failing()
print([hasattr(f, "broken") for _ in range(3)])
for _ in range(3):
    try:
        f.bad
    except ZeroDivisionError as e:
        print("caught", e)


# A getter that recurses into itself ends in RecursionError.
class Deep:
    @property
    def me(self):
        return self.me


try:
    Deep().me
except RecursionError as e:
    print("RecursionError", str(e)[:32])

# A property without a getter.
class NoGetter:
    x = property(None, lambda self, v: None)


for _ in range(2):
    try:
        NoGetter().x
    except AttributeError as e:
        print(e)


# A getter's AttributeError falls back to the class's __getattr__, read after read.
class Fallback:
    @property
    def value(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


fb = Fallback()
print([fb.value for _ in range(3)])
print(hasattr(fb, "value"), getattr(fb, "value", "default"))
