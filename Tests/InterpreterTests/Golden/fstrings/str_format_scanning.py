# str.format's template scanner: literal runs around fields, doubled braces, non-ASCII text
# (a combining mark right after a brace is a character of its own, as in Python), nested
# specs, and the template errors CPython reports.


def show(template, *args, **kwargs):
    try:
        print(repr(template.format(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


show("plain text, no fields")
show("")
show("{}", 1)
show("a{}b{}c", 1, 2)
show("{{}} {{{}}} }}{{", 7)
show("héllo {} wörld {}", "ü", 3.5)
show("日本{0}語{1}{0}", "x", "y")
show("emoji 🎉{}🎉", 1)
show("e\u0301{}\u00e9", "!")
show("{:>8}|{:<6}|{:^7}|", "ab", 12, "é")
show("{0:{1}}|{0:>{1}}|{x:{w}.{p}f}", 3.14159, 10, x=2.5, w=8, p=2)
show("{a[1]} {b.real} {c[k]}", a=[1, 2], b=3, c={"k": "v"})
show("{!r} {!s} {!a}", "é", "é", "é")
show("{\u0301}", **{"\u0301": "combining name"})
show("{0}{}", 1, 2)
show("{}{0}", 1, 2)
show("{", 1)
show("}", 1)
show("x}y", 1)
show("{0", 1)
show("{5}", 1)
show("{name}", other=1)
show("{!x}", 1)
show("a" * 40 + "{}" + "b" * 40, "-")
