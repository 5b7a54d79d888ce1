# super() in ordinary methods, and calling the parent explicitly.
class Shape:
    def describe(self):
        return 'shape'
    def area(self):
        return 0
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def describe(self):
        return 'rect, a ' + super().describe()
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def describe(self):
        return 'square, a ' + super().describe()
    def area(self):
        return Rect.area(self)
s = Square(3)
print(s.describe(), s.area(), s.w, s.h)
