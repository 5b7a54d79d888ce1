# functools.partial: attributes, reprs, flattening, keyword merging, errors, subclasses, and
# no method binding (a partial stored on a class is not a method).
import functools
from functools import partial


def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


p = partial(f, 1, c=10)
print(p(), p(5), p(5, 6, 7, c=0, z=1), p.args, p.keywords, p.func is f)
q = partial(p, 9, d=4)
print(q(), q.args, sorted(q.keywords.items()), q.func is f)
print(repr(partial(max, 1, 2, key=abs)).replace(repr(max), "max"))
print(repr(partial(len)).startswith("functools.partial(<built-in function len>"))
print(type(p).__name__, type(p).__module__, callable(p), isinstance(p, partial))


class Holder:
    method = partial(f, "bound?")


print(Holder().method())


class MyPartial(partial):
    pass


mp = MyPartial(f, 1)
print(type(mp).__name__, mp(), repr(mp).startswith("MyPartial(<function f"))
print(partial(partial(f, 1), 2)(3), partial(int, base=2)("101"), partial(int, "11", base=3)())
for bad in (lambda: partial(), lambda: partial(1), lambda: partial(f)(), lambda: partial(f, 1, 2, c=1, c2=2)(b=5)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
add = partial(lambda x, y: x + y, 10)
print(list(map(add, range(5))), sorted([3, 1, 2], key=partial(pow, exp=1)))
p.attr = "set"
print(p.attr)
