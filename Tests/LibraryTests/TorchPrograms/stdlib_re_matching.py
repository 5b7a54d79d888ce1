# re: match/search/fullmatch, groups, Match objects and their repr, as CPython's re.
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m[1])
print(m.span(), m.span(2), m.start(2), m.end(2), m.pos, m.endpos, m.lastindex, m.re)
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "-- Malcolm Reynolds --")
print(m.groupdict(), m.group("last"), m.start("first"), m.lastgroup, m.lastindex)
print(m.expand(r"\g<last>, \g<first> (\2/\g<1>)"))
print(re.match("c", "abcdef"), re.search("c", "abcdef"))
print(re.fullmatch(r"\d+", "12345"), re.fullmatch(r"\d+", "123x"), re.fullmatch("a|ab", "ab"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"))
print(re.search(r"^\s*$", "   "), re.search("x*", "abc"))
pattern = re.compile(r"d(o+)g", re.IGNORECASE)
print(pattern, pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)
print(pattern.search("The DOOOG barked"), pattern.search("hotdog", 4), pattern.match("xdog", 1), pattern.search("dog", 0, 2))
print(re.compile("a", re.I | re.M), re.compile("(?i)abc").flags, re.compile(r"(?P<x>a)(?P<y>b)").groupindex)
print(repr(re.I), re.I | re.S, int(re.X), re.compile("x", re.A).flags)
print(re.search(r"\bfoo\b", "a foo b"), re.search(r"\bfoo\b", "afoob"), re.search(r"\Bo\B", "foo"))
print(re.search(r"^bar", "foo\nbar"), re.search(r"^bar", "foo\nbar", re.M), re.search(r"foo$", "foo\n"))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.S))
print(re.search(r"""
    (\d{3})   # area code
    [-\ ]?    # separator
    (\d{4})   # number
""", "call 555 1234 now", re.X).groups())
print(re.search(r"(?<=-)\w+", "spam-egg"), re.search(r"Isaac (?=Asimov)", "Isaac Asimov"), re.search(r"\d+(?!px)", "12px 34em"))
print(re.search(r"(\w)\1", "hello"), re.search(r"(?P<c>\w)(?P=c)", "aabb").group())
print(re.search(r"a{2,3}", "caaaat"), re.search(r"a{2,3}?", "caaaat"), re.search(r"a{,2}", "aaa"), re.search(r"x{", "x{"))
print(re.search(r"[]a]+", "]a]b"), re.search(r"[^]a]+", "]a]bcd"), re.search(r"[a\-z]+", "a-z"), re.search(r"[-a]+", "--a"))
print(re.search(r"[\d.]+", "pi is 3.14!"), re.search(r"[^\W\d]+", "42abc"), re.search(r"\x41\u00e9\t", "A\u00e9\t"))
print(re.findall(r"\w+", "héllo wörld ünïcode 42"), re.findall(r"\d", "٣4"), re.findall(r"\s", "a\u00a0b\x1cc\x0bd"))
print(re.findall(r"\w+", "héllo wörld", re.ASCII), re.search("(?a)\\w+", "é-ab"))
print(re.search("ÉTÉ", "été", re.I), re.search("[a-z]+", "ABC", re.I))
print(re.search(r"(?i:A)b", "ab"), re.search(r"(?i:A)b", "aB"))
print(bool(re.match("a", "a")), re.match("", "")) 
