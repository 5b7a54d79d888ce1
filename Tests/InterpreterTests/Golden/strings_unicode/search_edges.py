# Search, split and strip edge cases, on ASCII and on non-ASCII text (byte search, code-point answers).
for text in ["  a b  c  ", "\u00a0 \u00e9 b\u3000 c \u2003"]:
    print(ascii(text.split()), ascii(text.split(None, 0)), ascii(text.split(maxsplit=1)))
    print(ascii(text.rsplit()), ascii(text.rsplit(None, 0)), ascii(text.rsplit(maxsplit=1)))
    print(ascii(text.strip()), ascii(text.lstrip()), ascii(text.rstrip()))
for text in ["abcabcab", "\u00e9b\U0001F600\u00e9b\U0001F600\u00e9b"]:
    sub = text[:2]
    print(text.find(sub), text.find(sub, 1), text.find(sub, -3), text.find(sub, 2, 5), text.find(sub, 9))
    print(text.rfind(sub), text.rfind(sub, 0, 5), text.rfind(sub, -2), text.index(sub, 1), text.rindex(sub))
    print(text.count(sub), text.count(sub, 1), text.count(sub, 0, 4), text.count(""), text.count("", 3), text.count("", 99))
    print(text.find(""), text.find("", 3), text.find("", 99), text.rfind(""), text.rfind("", 2, 4))
    print(text.startswith(sub, 3), text.startswith(sub, 6), text.endswith(sub, 0, 5), text.startswith("", len(text)), text.startswith("", 99))
    print(ascii(text.split(sub)), ascii(text.split(sub, 1)), ascii(text.rsplit(sub, 1)), ascii(text.rsplit(sub, 2)))
    print(ascii(text.replace(sub, "-")), ascii(text.replace(sub, "", 2)), ascii(text.replace("", "|", 3)), ascii(text.replace("zz", "y")))
    print(ascii(text.partition(sub)), ascii(text.rpartition(sub)), ascii(text.partition("zz")), ascii(text.rpartition("zz")))
    print(ascii(text.strip(sub)), ascii(text.lstrip(text[0])), ascii(text.rstrip(text[-1] + "x")))
    print(ascii(text.removeprefix(sub)), ascii(text.removesuffix(text[-2:])), ascii(text.removeprefix("zz")))
print("aaa".rsplit("aa", 1), "aaa".split("aa", 1), "aaaa".count("aa"), "aaaa".replace("aa", "b"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc".split("")
except ValueError as e:
    print(e)
print(ascii(",".join([])), ascii(",".join(["\u00e9"])), ascii("\u00e9".join("abc")), ascii("".join(["a", "\U0001F600"])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
s = "unchanged"
print(s.strip() is s, s.replace("zz", "y") is s, s.lstrip("x") is s)
