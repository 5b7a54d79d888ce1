# Attribute reads of a module (`math.sqrt`) or a class (`Base.kind`) remember where the value
# is; rebinding, deleting and changing the class or a base must be seen at once, and one
# instruction may see several modules and classes.
import math
import types

def read_sqrt(module):
    return module.sqrt(16)

print([read_sqrt(math) for _ in range(3)])
fake = types.ModuleType("fake")
fake.sqrt = lambda x: "fake sqrt of %d" % x
print(read_sqrt(fake), read_sqrt(math), read_sqrt(fake))

def read_value(module):
    return module.value

mod = types.ModuleType("mod")
mod.value = 1
print(read_value(mod))
mod.value = 2
print(read_value(mod))
del mod.value
try:
    read_value(mod)
except AttributeError as e:
    print("AttributeError:", e)
mod.__getattr__ = lambda name: "from __getattr__: " + name
print(read_value(mod))
mod.value = 3
print(read_value(mod), read_value(mod))

class Base:
    kind = "base"
    def method(self):
        return "method of " + type(self).__name__
    @staticmethod
    def static(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls.__name__
    @property
    def prop(self):
        return 5

class Child(Base):
    pass

def read_kind(cls):
    return cls.kind

print([read_kind(Child) for _ in range(3)], read_kind(Base))
Base.kind = "changed"
print(read_kind(Child), read_kind(Base))
Child.kind = "own"
print(read_kind(Child), read_kind(Base))
del Child.kind
print(read_kind(Child))
del Base.kind
try:
    read_kind(Child)
except AttributeError as e:
    print("AttributeError:", e)

for _ in range(2):
    print(Child.method(Child()), Child.static(4), Child.make(), type(Child.prop).__name__, Base.make())

# Class and static methods read from one site for several classes, called or kept.
for cls in [Base, Child, Base, Child]:
    bound = cls.make
    print(cls.make(), bound(), bound.__self__.__name__, cls.static(3), cls.static is Base.static)
Child.make = classmethod(lambda cls: "replaced for " + cls.__name__)
for cls in [Base, Child]:
    print(cls.make(), cls.make.__func__.__name__)
del Child.make
print(Child.make())

class Descriptor:
    def __get__(self, obj, owner):
        return "descriptor for " + owner.__name__

class WithDescriptor:
    attr = Descriptor()

print([WithDescriptor.attr for _ in range(2)])

class Meta(type):
    @property
    def kind(cls):
        return "metaclass property"

class Managed(metaclass=Meta):
    pass

print(read_kind(Managed), read_kind(Managed))

class Plain:
    pass

def read_join(cls):
    return cls.join

print(read_join(str)("-", ["a", "b"]), read_join(str) is str.join)
sites = [Base, math, Child, fake, str]
for owner in sites * 2:
    try:
        print(type(owner.__name__).__name__, getattr(owner, "__name__"))
    except AttributeError as e:
        print("AttributeError:", e)

total = 0
for i in range(1000):
    total += math.floor(i / 3) + Child.static(1)
print(total)
