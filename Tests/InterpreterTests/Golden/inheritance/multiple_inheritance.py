# Multiple inheritance with mixins.
class JsonMixin:
    def to_json(self):
        items = ', '.join(f'"{k}": {v!r}' for k, v in self.fields())
        return '{' + items + '}'
class ReprMixin:
    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.fields())
        return f'{type(self).__name__}({args})'
class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def fields(self):
        return [('x', self.x), ('y', self.y)]
p = Point(1, 2)
print(p, p.to_json())
print(isinstance(p, JsonMixin), isinstance(p, ReprMixin))
print([c.__name__ for c in Point.__mro__])
