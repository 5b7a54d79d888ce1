# re.error: CPython's messages and positions for bad patterns and templates.
import re

for pattern in ["(abc", "abc)", "*a", "a**", "[abc", "a{3,2}", r"\q", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)",
                r"(a)\2", "(?Px)", "a(?i)b", "x\n(", r"\x4", r"[z-a]", r"\\", "a|*", "(?<x>a)", "\\"]:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for template in [r"\g<2>", r"\3", r"\g<x", r"\q", r"\g<>", r"\g<a b>"]:
    try:
        re.sub("(a)", template, "a")
    except (re.error, IndexError) as e:
        print(repr(template), "->", type(e).__name__, e)
try:
    re.sub("(?P<a>x)", r"\g<b>", "x")
except IndexError as e:
    print("IndexError", e)
try:
    re.match("a", 5)
except TypeError as e:
    print(e)
m = re.match("(a)", "a")
for g in [2, "x", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print(g, e)
print(issubclass(re.error, Exception), re.error.__name__)
