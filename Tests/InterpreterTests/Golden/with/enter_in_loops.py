# `with` statements run many times: `__enter__` of every shape, its value bound by `as`,
# exceptions from `__enter__` and from the body, and `__exit__` suppressing them.
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, traceback):
        self.exited += 1
        return False


c = Counter()
for i in range(100):
    with c as cc:
        cc.last = i
print(c.entered, c.exited, c.last)


class ReturnsOther:
    def __enter__(self):
        return "other"

    def __exit__(self, *args):
        print("exit", args[0])


with ReturnsOther() as value:
    print(value)
with ReturnsOther():
    print("no target")


class StaticEnter:
    @staticmethod
    def __enter__():
        return "static"

    def __exit__(self, *args):
        return None


class ClassEnter:
    @classmethod
    def __enter__(cls):
        return cls.__name__

    def __exit__(self, *args):
        return None


for manager in [StaticEnter(), ClassEnter()]:
    with manager as v:
        print(v)


class FailingEnter:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *args):
        print("never")


for _ in range(2):
    try:
        with FailingEnter():
            print("never")
    except ValueError as e:
        print("caught", e)


class Suppress:
    def __enter__(self):
        return 5

    def __exit__(self, kind, value, traceback):
        print("suppressing", kind.__name__)
        return True


for i in range(2):
    with Suppress() as five:
        raise KeyError(five + i)
print("after suppress")


class Tagged:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("<" + self.name + ">")
        return self.name.upper()

    def __exit__(self, *args):
        print("</" + self.name + ">")


with Tagged("a") as a, Tagged("b") as b:
    print(a, b)


def generated():
    yield 1
    with Tagged("in generator") as tag:
        yield tag
    yield 3


print(list(generated()))


def nested(depth):
    if depth == 0:
        return 0
    with Counter() as counter:
        return nested(depth - 1) + counter.entered


print(nested(20))


class NoEnter:
    def __exit__(self, *args):
        pass


class NoExit:
    def __enter__(self):
        print("never entered")


for manager in [NoEnter(), NoExit(), 42]:
    try:
        with manager:
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

with open(__file__) as handle:
    print(handle.readline().rstrip())
