# Combining characters: Python strings are code points, never normalised or clustered.
decomposed = "e\u0301"
composed = "\u00e9"
print(len(decomposed), len(composed))
print(decomposed == composed, decomposed != composed)
print(decomposed < composed, composed < decomposed)
print("e" in decomposed, "\u0301" in decomposed, composed in decomposed)
print(decomposed.find("\u0301"), decomposed.index("e"), decomposed.count("e"))
print(decomposed.startswith("e"), decomposed.endswith("\u0301"), composed.startswith("e"))
print([hex(ord(c)) for c in decomposed])
print(decomposed[0] == "e", decomposed[1] == "\u0301", decomposed[::-1] == "\u0301e")
print(ascii(decomposed.replace("e", "a")), ascii(decomposed.replace("\u0301", "")))
print(ascii("cafe\u0301 au lait".split("e")))
print(ascii("cafe\u0301 au lait".partition("\u0301")))
print(ascii("x\u0301y\u0301z".split("\u0301")))
print(ascii("\u0301abc\u0301".strip("\u0301")))
word = "n\u0303o\u0308"
print(len(word), ascii(word.upper()), ascii(word[1:3]))
print(ascii(list(reversed(word))))
# A line break followed by a combining mark is still a line break.
print(ascii("a\n\u0301b".splitlines()))
print(ascii("a\n\u0301b".split("\n")))
print("{:>4}|".format(decomposed) == "  " + decomposed + "|")
print(ascii(decomposed.center(5, "*")), ascii(decomposed.ljust(4, "-")))
print(ascii(f"{decomposed:<4}|"), ascii("%-4s|" % decomposed))
# Hashing and containers keep them apart.
d = {decomposed: "decomposed", composed: "composed"}
print(len(d), d[decomposed], d[composed])
s = {decomposed, composed, "e\u0301"}
print(len(s))
print(hash(decomposed) == hash("e" + "\u0301"))
print(decomposed.isalpha(), composed.isalpha(), "\u0301".isalpha())
print(ascii(decomposed.encode("utf-8")), ascii(composed.encode("utf-8")))
print(ascii(repr("it's e\u0301")), ascii(repr("'\u0301\"")), ascii(repr("'\u0301")))
