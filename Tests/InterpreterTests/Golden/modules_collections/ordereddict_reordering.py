# OrderedDict.popitem and move_to_end (native), and a dict whose first entries were removed
# (the storage skips them by a start offset) read, written, deleted from and iterated.
from collections import OrderedDict
d = OrderedDict()
for i in range(100):
    d[i] = i * i
out = []
for i in range(40):
    out.append(d.popitem(last=False))
print(out[:3], out[-1], len(d), list(d)[:5])
d.move_to_end(50)
d.move_to_end(45, last=False)
d.move_to_end(99, False)
print(list(d.items())[:4], list(d)[-3:])
print(repr(d)[:60])
try:
    d.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    d.move_to_end([])
except TypeError as e:
    print('TypeError', e)
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
try:
    e.popitem(last=False)
except KeyError as ex:
    print('KeyError', ex)
print(d.popitem(), d.popitem(True), d.popitem(last=0))
# dict ops after many front removals
f = OrderedDict((k, str(k)) for k in range(64))
for _ in range(50):
    f.popitem(last=False)
f[1000] = 'x'
f[55] = 'changed'
del f[60]
print(list(f.items()), 58 in f, 10 in f, f.get(63), len(f))
for k in range(2000):
    f[k] = k
    if k % 3 == 0: f.popitem(last=False)
print(len(f), list(f)[:5], list(f)[-3:], sum(f.values()))
# iteration + mutation
g = OrderedDict.fromkeys('abcde')
# (the message of a mutation during iteration differs: Tessera iterates the dict itself)
try:
    for k in g:
        g.move_to_end('a', last=False)
except RuntimeError as ex:
    print('RuntimeError')
try:
    for k in g:
        g.popitem(last=False)
except RuntimeError as ex:
    print('RuntimeError')
print(list(g), g == OrderedDict.fromkeys('bcde'), g)
h = {}
for i in range(40): h[i] = i
for i in range(30): del h[i]
h['z'] = 1
print(h, list(h.keys()), list(h.values()), list(h.items())[:2], list(reversed(h))[:3])
print(OrderedDict.popitem.__name__, OrderedDict.move_to_end.__name__)
class Sub(OrderedDict):
    pass
s = Sub(a=1, b=2, c=3)
s.move_to_end('a')
print(s, s.popitem(last=False))
try:
    OrderedDict.popitem(5)
except TypeError as ex:
    print('TypeError')
