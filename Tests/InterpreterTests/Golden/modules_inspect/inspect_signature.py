# inspect: signature() of functions, methods, classes, callables and partials; Parameter kinds, defaults, annotations; bind
import inspect
from inspect import Parameter, signature
import functools
from typing import List, Optional


def plain(a, b, c=3):
    pass


def full(a, b: int = 2, *args, c, d: str = 'x', **kwargs) -> bool:
    pass


def annotated(items: List[int], name: Optional[str] = None) -> None:
    pass


def star_only(*, key, flag=False):
    pass


for fn in [plain, full, annotated, star_only, lambda x, y=1: x]:
    print(signature(fn))
sig = signature(full)
print(repr(sig), list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is Parameter.empty, p.annotation, repr(p))
print(sig.return_annotation, signature(plain).return_annotation is inspect.Signature.empty)
print(int(Parameter.KEYWORD_ONLY), repr(Parameter.VAR_POSITIONAL), str(Parameter.POSITIONAL_OR_KEYWORD))


class Greeter:
    def __init__(self, name, greeting='hello'):
        self.name = name

    def greet(self, times=1):
        pass

    def __call__(self, x, *rest):
        pass

    @classmethod
    def create(cls, spec):
        pass

    @staticmethod
    def helper(a, b=0):
        pass


print(signature(Greeter), signature(Greeter('x').greet), signature(Greeter.greet))
print(signature(Greeter('x')), signature(Greeter.create), signature(Greeter.helper))


class NoInit:
    pass


print(signature(NoInit))
print(signature(functools.partial(plain, 1)), signature(functools.partial(plain, c=9)))


@functools.wraps(plain)
def wrapper(*args, **kwargs):
    return plain(*args, **kwargs)


print(signature(wrapper), signature(wrapper, follow_wrapped=False))

bound = signature(plain).bind(1, 2)
print(bound.arguments, bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments, repr(bound))
b2 = signature(full).bind(1, 2, 3, 4, c=5, z=6)
print(b2.arguments, b2.args, b2.kwargs)
for call in [lambda: signature(plain).bind(1), lambda: signature(plain).bind(1, 2, 3, 4),
             lambda: signature(plain).bind(1, 2, d=4), lambda: signature(plain).bind(1, 2, a=1),
             lambda: signature(star_only).bind(1), lambda: signature(42)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(signature(plain).bind_partial(1).arguments)
custom = inspect.Signature([Parameter('x', Parameter.POSITIONAL_ONLY), Parameter('y', Parameter.KEYWORD_ONLY, default=1)])
print(custom, custom == signature(plain), signature(plain) == signature(plain))
try:
    inspect.Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print('ValueError:', e)
print(signature(len), signature(abs), signature(divmod), signature(len).parameters['obj'].kind)
