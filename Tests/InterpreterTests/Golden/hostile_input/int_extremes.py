# Integers at the edges of 64 bits, where the arithmetic once overflowed and killed the process.
import math
import sys
import time

MIN = -sys.maxsize - 1


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# round() with negative ndigits: exact half-even on the integer itself.
attempt("round 15", lambda: round(15, -1))
attempt("round 25", lambda: round(25, -1))
attempt("round -25", lambda: round(-25, -1))
attempt("round big", lambda: round(123456789012345678, -1))
attempt("round min -20", lambda: round(MIN, -20))
attempt("round max -19", lambda: round(4 * 10**18, -19))

# range lengths past sys.maxsize.
big = range(-1, sys.maxsize)
attempt("len", lambda: len(big))
attempt("index 0", lambda: big[0])
attempt("index -1", lambda: big[-1])
attempt("bool", lambda: bool(big))
attempt("in", lambda: 5 in big)
attempt("len neg step", lambda: len(range(sys.maxsize, MIN, -1)))
attempt("small", lambda: len(range(MIN, sys.maxsize, sys.maxsize)))

# Slice steps of -sys.maxsize - 1 are clamped to -sys.maxsize, as in CPython.
attempt("slice", lambda: [1, 2, 3][::MIN])
attempt("str slice", lambda: "abc"[::MIN])
attempt("range slice", lambda: range(10)[::MIN])

# maxsplit of sys.maxsize.
attempt("split", lambda: "a,b".split(",", sys.maxsize))
attempt("rsplit", lambda: "a,b".rsplit(",", sys.maxsize))

# enumerate starting at sys.maxsize.
e = enumerate([1], start=sys.maxsize)
attempt("enumerate", lambda: next(e))
attempt("enumerate end", lambda: next(e))

# math at the edges.
attempt("isqrt max", lambda: math.isqrt(sys.maxsize))
attempt("isqrt", lambda: [math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 10**18, (2**31 - 1) ** 2)])
attempt("gcd min 6", lambda: math.gcd(MIN, 6))
attempt("gcd min max", lambda: math.gcd(MIN, sys.maxsize))
attempt("lcm", lambda: math.lcm(2**61, 2))
attempt("lcm min 1", lambda: math.lcm(-(2**62), 4))

# pow with a modulus of -sys.maxsize - 1.
attempt("pow 3", lambda: pow(3, 5, MIN))
attempt("pow -3", lambda: pow(-3, 5, MIN))
attempt("pow 0", lambda: pow(2, 63, MIN))
attempt("pow max", lambda: pow(5, 3, sys.maxsize))
attempt("pow neg base", lambda: pow(-7, 3, 10))

# time.sleep with values that cannot be slept.
attempt("sleep nan", lambda: time.sleep(float("nan")))
attempt("sleep inf", lambda: time.sleep(float("inf")))
attempt("sleep neg", lambda: time.sleep(-1))

# time conversions with timestamps and fields outside their C types.
attempt("gmtime huge", lambda: time.gmtime(1e300))
attempt("localtime nan", lambda: time.localtime(float("nan")))
attempt("strftime year", lambda: time.strftime("%Y", (2**40, 1, 1, 0, 0, 0, 0, 1, 0)))
attempt("strftime min", lambda: time.strftime("%Y", (MIN, 1, 1, 0, 0, 0, 0, 1, 0)))

# Reversing ranges that start at -sys.maxsize - 1, and replace's count of sys.maxsize.
attempt("reversed min", lambda: list(reversed(range(MIN, MIN + 3))))
attempt("reversed min step", lambda: list(reversed(range(MIN, 0, 2**62))))
attempt("replace", lambda: "abab".replace("a", "xy", sys.maxsize))

# Membership and positions in ranges spanning more than sys.maxsize.
wide = range(sys.maxsize, MIN, -3)
attempt("range count", lambda: range(MIN, sys.maxsize).count(5))
attempt("range index", lambda: wide.index(sys.maxsize - 6))
attempt("range in", lambda: 5 in range(sys.maxsize, MIN, -5))
attempt("range in 2", lambda: (sys.maxsize - 5) in range(sys.maxsize, MIN, -5))
attempt("perm k", lambda: math.perm(5, MIN))
attempt("perm n", lambda: math.perm(-1, 2))
