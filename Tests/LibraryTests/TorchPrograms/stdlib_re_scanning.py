# re: findall, finditer, sub (templates, functions, counts), subn, split, escape.
import re

text = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text))
for m in re.finditer(r"\w+ly\b", text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"), re.findall(r"(\w+)=\d+", "a=1, b=22"), re.findall(r"(a)|b", "ab"))
print(re.findall("", "abc"), re.findall("x*", "axxb"), re.findall(r"\b", "ab cd"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "a bc"), re.sub(r"(\d)", r"\g<1>0", "1 2"), re.sub("a", r"\n\t\\", "xa"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 14 pears"))
print(re.sub("x*", "-", "abxd"), re.sub("a", "b", "aaaa", count=2), re.sub("(a)|b", r"[\1]", "ab"))
print(re.subn(r"\s+", " ", "a   b \t\n c"), re.subn("z", "y", "abc"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."), re.split(r"\b", "ab cd"), re.split(r"(a)(x)?", "1a2"))
print(re.escape("https://www.python.org"), re.escape("a.b*c?d (e) [f] {g} ^$ | \\ # ~ & -"), re.escape("héllo wörld"))
print(re.compile(r"\d+").sub("#", "a1b22c333"), re.compile(r",\s*").split("a, b,c ,  d"))
words = re.compile(r"[a-z]+")
print(words.findall("abc DEF ghi", 4), words.findall("abc def ghi", 0, 6), [m.span() for m in words.finditer("ab cd")])
print(re.findall(r"[A-Z][a-z]+", "Alice met Bob and Carol"), re.sub(r"([A-Z])", r"_\1", "camelCaseName").lower())
emoji = "a😀b😀😀c"
print(re.findall("😀+", emoji), [m.span() for m in re.finditer("😀+", emoji)], re.search("b", emoji).span())
print(re.sub("😀", "!", emoji), re.split("😀+", emoji), re.search(r"(.)c", emoji).span(1), re.search(r"\w$", emoji))
print(re.findall(r".", "a😀b"), re.search("[😀-😂]", "x😁").group(), re.search("c", emoji, ).start())
m = re.search("(😀)(b)?", emoji)
print(m, m.span(1), m.groups(), m.string, re.compile("😀").search(emoji, 2))
print(re.findall(r"(?s).", "\r\n"), re.findall(".", "a\r\n"), re.findall("^", "a\n", re.M), re.sub(r"(?m)^", "> ", "l1\nl2\n"))
