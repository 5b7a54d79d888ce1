# annotations: class-body and module-level variable annotations in __annotations__ (in order), function parameter and return annotations, __kwdefaults__, __delattr__ hooks
x: int = 1
y: 'str'
print(__annotations__, x)


class Point:
    name: str
    x: float = 0.0
    y: float = 0.0
    if True:
        z: int = 3

    def move(self, dx: float, dy: float = 0.0, *rest: int, scale: float = 1.0, **opts: str) -> 'Point':
        count: int = 0
        return self


print(Point.__annotations__, Point.x, hasattr(Point, 'name'), Point.z)
print(Point.move.__annotations__)
print(Point.move.__kwdefaults__, Point.move.__defaults__)


def plain(a, b=1):
    pass


print(plain.__annotations__, plain.__kwdefaults__)
plain.__annotations__['a'] = int
print(plain.__annotations__)


class Guarded:
    def __init__(self):
        self.value = 1

    def __delattr__(self, name):
        if name == 'value':
            raise AttributeError('value is protected')
        object.__delattr__(self, name)


g = Guarded()
g.other = 2
del g.other
print(hasattr(g, 'other'))
for action in [lambda: delattr(g, 'value'), lambda: g.__delattr__('value')]:
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
print(g.value)
