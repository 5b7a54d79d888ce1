# __context__ and __cause__ set by raises inside handlers, in a loop (each iteration starts
# with no exception being handled), and sys.exc_info() inside and after handlers.
import sys

for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            raise KeyError(i)
    except KeyError as e:
        print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
    print("after handler:", sys.exc_info())

for i in range(2):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            raise KeyError(i) from None
    except KeyError as e:
        print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

for i in range(2):
    try:
        raise ValueError(i)
    except ValueError:
        print("in handler:", sys.exc_info()[0].__name__, sys.exc_info()[1])
        try:
            raise TypeError("inner")
        except TypeError as inner:
            print("inner handler:", sys.exc_info()[1], repr(inner.__context__))
        print("back in outer:", sys.exc_info()[1])
    print("done:", sys.exc_info())


# An exception raised in a finally block while another is propagating.
def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


for i in range(2):
    try:
        finally_raises()
    except KeyError as e:
        print("finally:", repr(e), repr(e.__context__))


# with: __exit__ sees the exception; a true result suppresses it.
class Manager:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit sees", kind.__name__ if kind else None, value)
        return self.suppress


for suppress in (True, False):
    try:
        with Manager(suppress):
            raise ValueError("in with")
        print("suppressed")
    except ValueError as e:
        print("propagated:", e)

# Lazily made messages read in every way.
class Plain:
    pass


try:
    Plain().missing
except AttributeError as e:
    print(e.args, str(e), repr(e), e.name, type(e.obj).__name__)

try:
    undefined_here
except NameError as e:
    print(e.args, str(e), repr(e), e.name)

try:
    Plain().gone
except AttributeError as e:
    e.args = ("replaced",)
    print(str(e), e.args)
