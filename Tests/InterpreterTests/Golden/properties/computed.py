# Computed read-only properties.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def shape(self):
        return (self.w, self.h)
r = Rect(3, 4)
print(r.area, r.shape)
r.w = 10
print(r.area, r.shape)
try:
    r.area = 5
except AttributeError as e:
    print('AttributeError:', e)
print(type(Rect.area).__name__)
