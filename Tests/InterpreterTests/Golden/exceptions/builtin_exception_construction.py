# Built-in exception classes called positionally are made directly (their __new__ and
# __init__ only store args); what Python sees must not change.
for cls in (ValueError, KeyError, IndexError, TypeError, RuntimeError, StopIteration, EOFError,
            LookupError, ZeroDivisionError, AttributeError, NameError, Exception, BaseException):
    e = cls()
    f = cls("message")
    g = cls(1, "two", None)
    print(cls.__name__, repr(e), repr(f), repr(g), str(f), e.args, g.args, type(g) is cls)

print(StopIteration(5).value, StopIteration().value, SystemExit(3).code)
print(str(KeyError("k")), str(KeyError(1, 2)), repr(KeyError("k")))

n = 0
for i in range(1000):
    try:
        raise ValueError(i, i * 2)
    except ValueError as e:
        n += e.args[0] + e.args[1]
print(n)

try:
    raise IndexError("out", 3)
except LookupError as e:
    print(type(e).__name__, e.args, e)

# Keywords still go through the general call, and are refused as CPython refuses them.
try:
    ValueError("x", flag=True)
except TypeError as e:
    print("TypeError:", e)

# Subclasses, with and without their own __init__, keep their behaviour.
class Plain(ValueError):
    pass

class WithInit(KeyError):
    def __init__(self, key, extra):
        super().__init__(key)
        self.extra = extra

class WithNew(RuntimeError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made = len(args)
        return self

print(repr(Plain(1, 2)), Plain(1, 2).args)
w = WithInit("k", 5)
print(repr(w), w.args, w.extra)
m = WithNew("a", "b")
print(repr(m), m.args, m.made)

# An exception class can be replaced in the builtins' place by user code.
import builtins
original = builtins.ValueError
class Shadow(Exception):
    pass
ValueError = Shadow
print(type(ValueError("s")).__name__)
del ValueError
print(type(ValueError("s")).__name__, builtins.ValueError is original)
