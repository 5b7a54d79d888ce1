# Arithmetic dunders, reflected variants and unary minus.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        return Vec(*[a + o for a in self.c])
    def __radd__(self, o):
        return self + o
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        return f'Vec{self.c}'
a, b = Vec(1, 2), Vec(10, 20)
print(a + b, b - a, a * 3, 3 * a, b / 4, -a)
print(a + 1, 1 + a, sum([a, b, Vec(100, 200)]))
print(a == Vec(1, 2), a != Vec(1, 2))
