# hasattr and getattr(obj, name, default) answer misses without an exception escaping, but an
# AttributeError raised inside a property or __getattr__ still means "missing", and any other
# exception propagates.
class Props:
    plain = 1

    @property
    def raises_attribute_error(self):
        raise AttributeError("inner")

    @property
    def raises_value_error(self):
        raise ValueError("boom")


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


class Slotted:
    __slots__ = ("a",)


p = Props()
print(hasattr(p, "plain"), hasattr(p, "missing"), hasattr(p, "raises_attribute_error"))
print(getattr(p, "missing", "d1"), getattr(p, "raises_attribute_error", "d2"), getattr(p, "plain", "d3"))
for f in (lambda: hasattr(p, "raises_value_error"), lambda: getattr(p, "raises_value_error", 0)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
d = Dynamic()
print(hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "dyn_abc", None), getattr(d, "other", "dflt"))
s = Slotted()
print(hasattr(s, "a"), getattr(s, "a", "unset"))
s.a = 5
print(hasattr(s, "a"), getattr(s, "a", "unset"))
print(hasattr(Props, "plain"), hasattr(Props, "nope"), getattr(Props, "nope", 7))
import math
print(hasattr(math, "pi"), hasattr(math, "tau2"), getattr(math, "tau2", "none"))
print(hasattr(1, "real"), hasattr(1, "imag2"), getattr("s", "upper2", None), getattr(None, "x", 3))
print(hasattr([], "append"), hasattr({}, "keys"), hasattr(len, "__name__"), getattr(len, "__name__"))


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def check(self):
        sup = super()
        return hasattr(sup, "hello"), hasattr(sup, "nothing"), getattr(sup, "nothing", "x")


print(Child().check())
for bad in ((p, 1), (p, None)):
    try:
        hasattr(*bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        getattr(bad[0], bad[1], 0)
    except TypeError as e:
        print("TypeError", e)
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError", e)
