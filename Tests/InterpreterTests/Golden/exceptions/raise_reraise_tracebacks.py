# Which lines a caught-then-reraised exception's traceback holds: `raise e` adds its own line
# in front, a bare `raise` and the end of a `finally` add none, and leaving a function adds the
# caller's line.
def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e:", lines(e))

try:
    try:
        raise ValueError("b")
    except ValueError:
        raise
except ValueError as e:
    print("bare raise:", lines(e))


def bare_in_callee():
    try:
        raise KeyError("k")
    except KeyError:
        raise


try:
    bare_in_callee()
except KeyError as e:
    print("bare raise in callee:", lines(e))


def finally_reraises():
    try:
        {}["x"]
    finally:
        pass


try:
    finally_reraises()
except KeyError as e:
    print("finally re-raise:", lines(e))


def explicit_in_callee():
    try:
        [][1]
    except IndexError as e:
        raise e


try:
    explicit_in_callee()
except IndexError as e:
    print("raise e in callee:", lines(e))

# The same instance raised again and again keeps growing its traceback, as in CPython.
shared = ValueError("shared")
for i in range(3):
    try:
        raise shared
    except ValueError as e:
        print("shared instance:", len(lines(e)))

# Raised in a loop: each iteration's exception has only its own line.
for i in range(3):
    try:
        raise RuntimeError(i)
    except RuntimeError as e:
        print("fresh in loop:", e.args, lines(e))


# Re-raised from a nested handler of the same function, then caught by the caller.
def nested():
    try:
        try:
            int("x")
        except ValueError:
            raise
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught in nested:", lines(e))
        raise TypeError("from nested") from e


try:
    nested()
except TypeError as e:
    print("caller:", lines(e), type(e.__cause__).__name__, lines(e.__cause__), e.__suppress_context__)
