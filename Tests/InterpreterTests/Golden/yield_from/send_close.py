# send and close pass through yield from to the innermost generator
log = []

def inner():
    try:
        while True:
            received = yield len(log)
            log.append(("inner got", received))
    finally:
        log.append("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        log.append("outer finally")

g = outer()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
g.close()
for entry in log:
    print(entry)


def with_list():
    yield from [1, 2]
    yield "list done"

w = with_list()
print(next(w))
print(w.send(None))
print(w.send(None))
try:
    w = with_list()
    next(w)
    w.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)


def closing_inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("inner saw GeneratorExit")
        raise

def closing_outer():
    try:
        yield from closing_inner()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise

c = closing_outer()
next(c)
c.close()
print("closed")
c.close()
print(list(c))
