# errors found while parsing a %-format string or converting its arguments, with CPython's messages
cases = [
    ("%c", "ab"),
    ("%z", 1),
    ("%(a", {"a": 1}),
    ("%*d", ("3", 1)),
    ("%5%|", ()),
    ("%(x(y)s", {"x(y": 2}),
    ("%y %s", (1, 2)),
    ("abc%", ()),
    ("%(", {}),
    ("%.*f", (1.5, 2.0)),
    ("%c", ""),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
