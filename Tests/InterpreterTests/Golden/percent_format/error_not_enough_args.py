# %-formatting errors: caught ones print their CPython message, the last one is uncaught
cases = [
    ("%d %d", (1,)),
    ("%s", ()),
    ("%d", "x"),
    ("%d", [1]),
    ("%x", 1.5),
    ("%c", 1114112),
    ("%f", "1.0"),
    ("%(a)s", (1,)),
    ("%(a)s", {"b": 1}),
    ("%", 1),
    ("%s %(a)s", {"a": 1}),
    ("%*d", (3,)),
    ("%s", (1, 2)),
    ("%d" , None),
    ("%i", "3"),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("%s and %s" % ("only one",))
