# `self.x op= value` on a local object: the VM updates int attributes in place when it can; every
# other case must behave exactly as the separate load, operation and store.


class Counter:
    start = 100

    def __init__(self):
        self.n = 0
        self.f = 0.5
        self.s = "a"
        self.items = []

    def bump(self, k):
        self.n += k
        self.n -= 1
        self.n *= 2
        self.n //= 3
        self.n %= 1000
        self.n |= 1
        self.n ^= 4
        self.n &= 0xFFF
        self.f += k
        self.s += "b"
        self.items += [k]
        return self.n

    def from_class(self):
        self.start += 1
        return self.start


c = Counter()
print([c.bump(i) for i in range(6)])
print(c.n, c.f, c.s, c.items)
print(c.from_class(), c.from_class(), Counter.start, c.__dict__["start"])


def bump_many(obj, times):
    for i in range(times):
        obj.n += 1
        obj.n += i
    return obj.n


print(bump_many(c, 1000))
def divide(obj, d):
    try:
        obj.n //= d
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return obj.n


c.n = 17
print(divide(c, 5), divide(c, 0), c.n)
c.n = 2.5
print(bump_many(c, 3))
del c.n
try:
    bump_many(c, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Watched:
    def __init__(self):
        object.__setattr__(self, "n", 0)
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


w = Watched()
print(bump_many(w, 3), w.log)


class Clamped:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, value):
        self._n = min(value, 5)


print(bump_many(Clamped(), 10))
objs = [Counter(), Watched(), Counter()]
print([bump_many(o, 4) for o in objs], objs[1].log[-1])
