# Keyword-only parameters, *args and **kwargs bound in place by the VM (positional and keyword
# calls), with the defaults, the order of **kwargs and CPython's errors when binding fails.

def f_both(a, *args, b=2, **kw):
    return (a, args, b, sorted(kw.items()), list(kw))

def kwonly(a, *, b, c=3):
    return (a, b, c)

def kwonly_defaults(a, b=10, *, c=20, d=30):
    return (a, b, c, d)

def star_kwonly(*args, key=None, reverse=False):
    return (args, key, reverse)

def posonly(a, b, /, *, c=1, **kw):
    return (a, b, c, kw)

def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

for i in range(3):
    print(f_both(i, 1, 2, b=3, z=4))
    print(f_both(i, b=5))
    print(f_both(i, z=1, y=2, x=3))
    print(f_both(i))
    print(f_both(i, 7, 8))
    print(kwonly(i, b=2))
    print(kwonly(i, c=4, b=5))
    print(kwonly_defaults(i))
    print(kwonly_defaults(i, 1, d=4))
    print(kwonly_defaults(i, d=4, c=5, b=6))
    print(star_kwonly())
    print(star_kwonly(1, 2, reverse=True))
    print(posonly(1, 2))
    print(posonly(1, 2, a=3, b=4, c=5))

show(kwonly, 1)
show(kwonly, 1, 2)
show(kwonly, 1, b=2, d=3)
show(kwonly, b=2)
show(kwonly, 1, a=2, b=3)
show(kwonly_defaults, 1, 2, 3)
show(kwonly_defaults, 1, b=2, b2=3)
show(f_both)
show(f_both, 1, a=2)
show(f_both, b=1)
show(star_kwonly, 1, key=len, other=1)
show(posonly, 1, c=2)
show(posonly, a=1, b=2)

def needs_two(*, x, y):
    return x + y

show(needs_two)
show(needs_two, x=1)
show(needs_two, 1, 2)
print(needs_two(y=1, x=2))

# **kwargs dicts from a call: fresh each time, in call order, independent of the caller's dict.
def collect(**kw):
    kw["added"] = True
    return kw

d = {"b": 2, "a": 1}
for i in range(2):
    r = collect(**d)
    print(r, d)
    print(collect(z=i, y=2, **d))

def f_kw(a, b, c=3):
    return a + b + c

args = (1, 2, 3)
kw = {"b": 2, "c": 5}
t = 0
for i in range(5):
    t += f_kw(*args) + f_kw(i, **kw)
print(t)
show(f_kw, *args, **kw)
show(f_kw, 1, **{"b": 2, "d": 3})
try:
    f_kw(1, **{1: 2})
except TypeError as e:
    print("TypeError:", e)

class M:
    def m(self, *args, sep=", ", **kw):
        return sep.join(map(str, args)) + str(sorted(kw.items()))

m = M()
print(m.m(1, 2, 3))
print(m.m(1, 2, sep="-", end="!"))
bound = m.m
print(bound(4, 5, sep="+"))
show(bound, 1, sepp=1, sep="|")
show(bound, sep="|", self=1)

# `f(*gen(), **d)`: the keywords are d as it was when the call began, even if the generator
# producing the positional arguments changes d.
def mutating():
    d["new"] = 1
    yield 1

d = {"z": 1}
print(f_both(*mutating(), **d), d)
