# `a, b = x, y` (a tuple display assigned to a target list of the same length) is compiled to
# stack rotations, not a tuple built and unpacked: evaluation and store order must stay
# CPython's.
log = []


def v(name, value):
    log.append("eval " + name)
    return value


class Recorder:
    def __setattr__(self, name, value):
        log.append("store " + name)
        object.__setattr__(self, name, value)


a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
w, x, y, z = 1, 2, 3, 4
w, x, y, z = z, y, x, w
print(w, x, y, z)
[p, q] = "p", "q"
print(p, q)
(r,) = (5,)
print(r)

# Fibonacci step: the right side is evaluated before any store.
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1 & 1023
print(f0, f1)

# Targets are attributes and subscripts: values first (left to right), then stores (left to right).
rec = Recorder()
rec.one, rec.two, rec.three = v("x", 10), v("y", 20), v("z", 30)
print(log, rec.one, rec.two, rec.three)
items = [0, 1, 2, 3]
i = 0
i, items[i] = 2, 99
print(i, items)
items[0], items[3] = items[3], items[0]
print(items)

# Nested targets and more values than the rotation limit still unpack.
(m, n), o = (1, 2), 3
print(m, n, o)
a1, a2, a3, a4, a5, a6, a7, a8, a9 = 9, 8, 7, 6, 5, 4, 3, 2, 1
print(a1, a5, a9)
h, *t = 1, 2, 3
print(h, t)

# A store that raises leaves the earlier targets assigned, as with a tuple.
d = {}
try:
    d["k"], d[[]], d["j"] = 1, 2, 3
except TypeError as e:
    print("TypeError:", e, d)


def swap_locals(u, w):
    u, w = w, u
    return u, w


print(swap_locals("left", "right"))


def generator_pairs():
    x, y = 0, 1
    for _ in range(3):
        x, y = y, x + y
        yield x, y


print(list(generator_pairs()))
for k, (s, t2) in enumerate([(1, 2), (3, 4)]):
    print(k, s, t2)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1]
except ValueError as e:
    print("ValueError:", e)


class ListSub(list):
    def __iter__(self):
        return iter(["from", "iter"])


a, b = ListSub([1, 2])
print(a, b)
