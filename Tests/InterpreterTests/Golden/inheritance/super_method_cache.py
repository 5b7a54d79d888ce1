# super().method() through the VM's per-instruction cache (the MRO walk remembered for the
# receiver's class and the class the search starts after), invalidated when a base changes.

class Base:
    def __init__(self, x):
        self.x = x
    def value(self):
        return self.x
    def name(self):
        return "Base"

class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def value(self):
        return super().value() + self.y
    def name(self):
        return "Derived>" + super().name()

class Other(Base):
    def value(self):
        return -super().value()

class Diamond(Derived, Other):
    def value(self):
        return super().value() * 10

objs = [Derived(1, 2), Other(3), Diamond(4, 5), Derived(6, 7)]
for rnd in range(2):
    print([o.value() for o in objs], [o.name() for o in objs])
    # Changing a base class's method changes what super() finds.
    if rnd == 0:
        Base.value = lambda self: self.x * 100

# A method reached through super() from a different class each time at one instruction.
def call_super_value(cls, obj):
    return super(cls, obj).value()
for cls, obj in [(Derived, objs[0]), (Diamond, objs[2]), (Derived, objs[2]), (Other, objs[2])]:
    print(cls.__name__, call_super_value(cls, obj))

class WithClassMethod(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)
    def name(self):
        f = super().name
        return "bound " + f()
print(type(WithClassMethod.make()).__name__, WithClassMethod(1).name())

class Instance:
    def __init__(self):
        self.value = lambda: "own attribute"
class Sub(Instance):
    def value2(self):
        return super().__init__
print(Sub().value(), Sub().value2() is not None)

try:
    super().value()
except RuntimeError as e:
    print("RuntimeError:", e)

