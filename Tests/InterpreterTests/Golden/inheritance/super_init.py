# super().__init__ chains through the hierarchy.
class Base:
    def __init__(self, x):
        print('Base.__init__')
        self.x = x
class Middle(Base):
    def __init__(self, x, y):
        print('Middle.__init__')
        super().__init__(x)
        self.y = y
class Leaf(Middle):
    def __init__(self, x, y, z):
        print('Leaf.__init__')
        super().__init__(x, y)
        self.z = z
obj = Leaf(1, 2, 3)
print(obj.x, obj.y, obj.z)
class NoInit(Base):
    pass
print(NoInit(9).x)
