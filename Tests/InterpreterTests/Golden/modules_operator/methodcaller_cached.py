# methodcaller finds its method through an inline cache (as a method call instruction does):
# the method must follow the object's class, instance attributes, and reassignment.
import operator

up = operator.methodcaller("upper")
print(up("ab"), up("Xy"))
count = operator.methodcaller("count", "a")
print(count("banana"), count(["a", "b", "a"]), count(("a",)))
split = operator.methodcaller("split", ",", 1)
print(split("a,b,c"))
kw = operator.methodcaller("split", sep="-", maxsplit=1)
print(kw("x-y-z"), repr(kw))


class A:
    def f(self, x=1):
        return ("A.f", x)


class B(A):
    def f(self, x=1):
        return ("B.f", x)


f = operator.methodcaller("f")
f2 = operator.methodcaller("f", 5)
a, b = A(), B()
print(f(a), f(b), f(a), f2(a), f2(b))
a.f = lambda *args: ("instance", args)
print(f(a), f2(a))
del a.f
print(f(a))
A.f = lambda self, x=2: ("replaced", x)
print(f(A()), f(b))


class C:
    @staticmethod
    def f(x=3):
        return ("static", x)

    g = staticmethod(len)


print(f(C()))
try:
    f(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    operator.methodcaller("upper", 1)("x")
except TypeError as e:
    print("TypeError")
print(operator.methodcaller("bit_length")(255), operator.methodcaller("__add__", 2)(40))
print(list(map(operator.methodcaller("strip"), [" a ", "b "])))


class Prop:
    @property
    def f(self):
        return lambda: "from property"


print(f(Prop()))
