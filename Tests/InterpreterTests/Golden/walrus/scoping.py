# walrus scoping: function locals, global/nonlocal declarations, lambdas, nested comprehensions
counter = 0

def bump():
    global counter
    if (counter := counter + 1) > 1:
        return "again"
    return "first"

print(bump(), bump(), counter)


def outer():
    seen = None
    def inner(v):
        nonlocal seen
        return (seen := v) * 2
    print(inner(4), seen)
    return seen

print(outer())


def local_only():
    if (local := 7):
        pass
    return local

print(local_only())

f = lambda v: (t := v + 1) * t
print(f(3))


def nested():
    rows = [[(deep := a * b) for b in range(1, 3)] for a in range(1, 4)]
    return rows, deep

print(nested())


def unbound():
    try:
        print(never)
    except NameError as e:
        print(type(e).__name__, e)
    if False:
        (never := 1)

unbound()


def shadow(x):
    print([x for _ in range(2) if (x := x + 1)], x)

shadow(10)
