# property() called as a function.
class P:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x)
p = P()
p.x = 5
print(p.x, p._x)
