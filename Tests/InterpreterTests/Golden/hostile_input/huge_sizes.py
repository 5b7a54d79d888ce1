# Sizes no machine can allocate: MemoryError (or CPython's argument error), never an abort.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, len(r))
    except Exception as e:
        print(label, type(e).__name__, e)


N = 2**40
attempt("zfill", lambda: "x".zfill(N))
attempt("center", lambda: "x".center(N))
attempt("ljust", lambda: "x".ljust(N))
attempt("rjust", lambda: "x".rjust(N, "*"))
attempt("expandtabs", lambda: "x\ty".expandtabs(N))
attempt("fstring width", lambda: f"{1:{N}}")
attempt("format width", lambda: format("s", str(N)))
attempt("format float width", lambda: format(1.5, str(N) + ".2f"))
attempt("too many digits", lambda: "{:99999999999999999999}".format(1))
attempt("too many precision digits", lambda: "{:.99999999999999999999}".format(1.5))
attempt("percent star", lambda: "%*d" % (N, 1))
attempt("list repeat", lambda: [0] * N)
attempt("list repeat max", lambda: [0, 1] * sys.maxsize)
attempt("tuple repeat", lambda: (0,) * N)
attempt("str repeat", lambda: "ab" * N)
attempt("bytes size", lambda: bytes(-1))
attempt("small ok", lambda: "x".center(5) + "x".zfill(4) + "\t".expandtabs(3))


def inplace():
    items = [0]
    items *= N
    return items


attempt("list inplace repeat", inplace)
