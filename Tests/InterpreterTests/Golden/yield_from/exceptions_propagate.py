# exceptions raised inside a delegated generator propagate out through yield from
def failing():
    yield 1
    raise KeyError("missing")

def delegating():
    try:
        yield from failing()
    except KeyError as e:
        yield ("caught", str(e))

print(list(delegating()))


def level(n):
    if n == 0:
        yield "bottom"
        raise ValueError("from the bottom")
    yield from level(n - 1)

try:
    for item in level(3):
        print(item)
except ValueError as e:
    print(type(e).__name__, e)


def running():
    yield from running_gen

running_gen = running()
try:
    next(running_gen)
except ValueError as e:
    print(type(e).__name__, e)
