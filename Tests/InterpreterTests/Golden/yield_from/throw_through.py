# throw passes through yield from: the innermost generator may handle it, or it comes back out
log = []

def inner():
    while True:
        try:
            received = yield "waiting"
            log.append(("inner got", received))
        except ValueError as e:
            log.append(("inner caught", str(e)))
            yield "recovered"

def outer():
    yield from inner()

g = outer()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.send("after"))
print(log)


def plain():
    yield 1
    yield 2

def uses_plain():
    try:
        yield from plain()
    except TypeError as e:
        print("outer caught", type(e).__name__, e)
        yield "handled"

u = uses_plain()
next(u)
print(u.throw(TypeError("thrown in")))


def finishing():
    try:
        yield 1
    finally:
        print("inner finally runs on throw")

def passes_through():
    yield from finishing()

p = passes_through()
next(p)
try:
    p.throw(KeyError("k"))
except KeyError as e:
    print("came back out:", repr(e))
print(list(p))
