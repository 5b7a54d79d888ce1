# Attribute loads in a loop run through the VM's inline caches; every change below must still
# be seen: class attributes rebound, methods replaced, instance attributes shadowing methods,
# __dict__ writes, descriptors, __setattr__ added after instances exist.


class Point:
    scale = 2

    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * self.scale


def read_all(objects):
    out = []
    for o in objects:
        out.append((o.x, o.scale, o.double()))
    return out


ps = [Point(i) for i in range(3)]
print(read_all(ps))
Point.scale = 10
print(read_all(ps))
ps[1].scale = 100
print(read_all(ps))
Point.double = lambda self: -self.x
print(read_all(ps))
ps[2].double = lambda: "own"
print(read_all(ps))
ps[0].__dict__["x"] = 42
print(read_all(ps))
del ps[1].__dict__["scale"]
print(read_all(ps))


class Loud:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return "get " + self.name + (" on instance" if obj is not None else " on class")


class Data:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, objtype=None):
        return self.store.get(id(obj), "unset")

    def __set__(self, obj, value):
        self.store[id(obj)] = value * 2


class Holder:
    plain = 1

    def __init__(self):
        self.v = 0


def loads(hs):
    return [(h.plain, h.v) for h in hs]


def stores(hs, value):
    for h in hs:
        h.v = value


hs = [Holder(), Holder()]
stores(hs, 5)
print(loads(hs))
Holder.plain = Loud("plain")
print(loads(hs))
Holder.v = Data()
stores(hs, 7)
print(loads(hs), hs[0].__dict__)


log = []


def tracing_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


Holder.__setattr__ = tracing_setattr
stores(hs, 9)
print(loads(hs), log)
del Holder.__setattr__
del Holder.v
stores(hs, 11)
print(loads(hs), log)


class Base:
    def who(self):
        return "base"


class Child(Base):
    pass


def whos(objs):
    return [o.who() for o in objs]


cs = [Child(), Child()]
print(whos(cs))
Base.who = lambda self: "patched base"
print(whos(cs))
Child.who = lambda self: "child"
print(whos(cs))
del Child.who
print(whos(cs))
