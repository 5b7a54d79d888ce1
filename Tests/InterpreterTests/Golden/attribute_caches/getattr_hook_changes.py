# getattr, hasattr and attribute reads ask the class for __getattr__ before anything else; the
# answer is remembered per class, so adding, replacing and removing the hook (on the class or a
# base) must be seen at once.
class Base:
    pass

class Child(Base):
    def __init__(self):
        self.real = 1

c = Child()
print(hasattr(c, "real"), hasattr(c, "ghost"), getattr(c, "ghost", "default"))

Base.__getattr__ = lambda self, name: "base:" + name
print(hasattr(c, "ghost"), getattr(c, "ghost"), c.ghost, getattr(c, "real"))

Child.__getattr__ = lambda self, name: "child:" + name
print(getattr(c, "ghost"), c.other)

del Child.__getattr__
print(getattr(c, "ghost"))

del Base.__getattr__
print(hasattr(c, "ghost"), getattr(c, "ghost", None))
try:
    getattr(c, "ghost")
except AttributeError as e:
    print("AttributeError:", e)

class Picky:
    def __getattr__(self, name):
        if name.startswith("ok"):
            return len(name)
        raise AttributeError(name)

p = Picky()
print(getattr(p, "okay"), hasattr(p, "bad"), getattr(p, "bad", "fallback"))
for name in ["ok", "nope", "ok_then"]:
    print(name, hasattr(p, name))

try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)

class Named(str):
    pass
print(getattr(c, Named("real")), hasattr(c, Named("missing")))
print(sum(getattr(c, "real") for i in range(100)), sum(hasattr(c, "nope") for i in range(100)))
