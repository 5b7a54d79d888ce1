# collections.deque: every method, maxlen behaviour, indexing, comparisons, arithmetic, reprs,
# iteration with mutation, subclasses and errors.
from collections import deque

d = deque(range(5))
d.append(5)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[3], bool(d), bool(deque()), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d.count(2), d.index(3), d.index(3, 1, 5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(11)
print(d, d.maxlen)
d.extend("ab")
d.extendleft("xy")
print(d)
d.insert(2, "i")
d.insert(-1, "j")
d.insert(100, "end")
d.remove("a")
print(d)
d[1] = "one"
del d[0]
print(d, d[-2])
d.reverse()
print(d)
d.extend(d)
print(len(d), d.copy() == d, d.copy() is d)
d.clear()
print(d, len(d))
w = deque(range(10), maxlen=3)
print(w, w.maxlen)
w.append(10)
w.appendleft(0)
print(w)
w.extend([20, 21])
w.extendleft([30])
print(w, list(reversed(w)))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque("ab"), deque([1, 2], maxlen=3) * 2)
a = deque([1])
a += [2, 3]
a *= 2
print(a)
it = iter(a)
print(next(it))
a.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
r = deque()
r.append(r)
print(r)


class Q(deque):
    def __init__(self, items, tag):
        super().__init__(items, maxlen=4)
        self.tag = tag


q = Q([1, 2, 3, 4, 5], "t")
print(q, q.tag, type(q.copy()).__name__ if False else "", isinstance(q, deque), q.maxlen)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
            lambda: deque([1])[5], lambda: deque([1])["a"], lambda: deque([1])[0:1], lambda: deque(maxlen="a"),
            lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2), lambda: deque() + [1],
            lambda: deque([1]) * "a", lambda: deque().rotate("a"), lambda: deque(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(deque()).__module__, deque.__name__, sorted(deque([3, 1, 2])), list(deque("abc")))
print(hash(deque) is not None, deque([1, 2, 3])[1:2] if False else "ok")
try:
    {deque(): 1}
except TypeError as e:
    print("TypeError", str(e).replace("collections.", ""))
