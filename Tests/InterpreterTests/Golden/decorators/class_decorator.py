# Decorators applied to classes and to methods.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry))
def double_result(method):
    def wrapper(self, *args):
        return 2 * method(self, *args)
    return wrapper
class Calc:
    def __init__(self, base):
        self.base = base
    @double_result
    def plus(self, x):
        return self.base + x
print(Calc(10).plus(1))
