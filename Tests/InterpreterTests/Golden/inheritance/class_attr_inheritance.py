# Class attributes are looked up along the MRO.
class Base:
    kind = 'base'
    limit = 10
    def info(self):
        return f'{self.kind}:{self.limit}'
class Child(Base):
    kind = 'child'
class GrandChild(Child):
    limit = 99
print(Base().info(), Child().info(), GrandChild().info())
Base.limit = 11
print(Child().info(), GrandChild().info())
print(GrandChild.__mro__[1].__name__, GrandChild.__bases__[0].__name__)
