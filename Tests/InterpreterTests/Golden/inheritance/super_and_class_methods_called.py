# `super().method(...)`, `Cls.classmethod(...)` and `Cls.staticmethod(...)` are called without
# a bound method object: the receiver each function gets must be CPython's.
class A:
    def who(self, tag=""):
        return "A" + tag

    @classmethod
    def make(cls, x):
        return cls.__name__, x

    @staticmethod
    def twice(x):
        return 2 * x

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


class B(A):
    def who(self, tag=""):
        return "B" + super().who(tag)

    @classmethod
    def make(cls, x):
        return ("B",) + super().make(x)


class C(A):
    def who(self, tag=""):
        return "C" + super().who(tag)


class D(B, C):
    def who(self, tag=""):
        return "D" + super().who(tag)

    @classmethod
    def describe(cls):
        return super().make(0), super(D, cls).twice(4)


d = D()
print(d.who(), d.who("!"), D.__mro__[1].__name__)
print(A.make(1), B.make(2), D.make(3), d.make(4), D.describe())
print(A.twice(5), D.twice(6), d.twice(7))
f = D.make
print(f(8), type(D.__dict__["describe"]).__name__)


class WithAttr(A):
    who = "not a method"

    def get(self):
        return super().who()


print(WithAttr().get(), WithAttr.who)


class Prop(A):
    @property
    def value(self):
        return 10


class Child(Prop):
    @property
    def value(self):
        return super().value + 1


print(Child().value)


class Meta(type):
    def make(cls, x):
        return "meta", x


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.make(1))


class Shadow:
    @classmethod
    def m(cls):
        return "class"


s = Shadow()
s.m = lambda: "instance"
print(s.m(), Shadow.m())
Shadow.m = staticmethod(lambda: "replaced")
print(Shadow.m(), s.m())
try:
    super().who()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    D.make()
except TypeError as e:
    print("TypeError:", e)
try:
    B().missing()
except AttributeError as e:
    print("AttributeError:", e)


class NoMethod(A):
    def call(self):
        return super().absent()


try:
    NoMethod().call()
except AttributeError as e:
    print("AttributeError:", e)
