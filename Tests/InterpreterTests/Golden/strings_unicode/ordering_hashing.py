# Equality, ordering and hashing by code point.
words = ["\u00e9t\u00e9", "ete", "e\u0301te\u0301", "\u00c9t\u00e9", "zebra", "\u00e6", "Zebra", "\u0101"]
print(ascii(sorted(words)))
print(ascii(sorted(words, reverse=True)))
print(ascii(min(words)), ascii(max(words)))
print(ascii(sorted(words, key=lambda w: w[::-1])))
print("\u00e9" > "e\u0301", "e\u0301" < "f", "\u00e9" > "f")
counts = {}
for w in ["e\u0301", "\u00e9", "e\u0301", "\u00e9", "\u00e9"]:
    counts[w] = counts.get(w, 0) + 1
print(ascii(counts))
print(len(set(["a\u0308", "\u00e4", "a" + "\u0308"])))
print(("\u00e9", 1) == ("e\u0301", 1), ["\u00e9"] == ["e\u0301"])
print(hash("\u00e9") == hash("\u00e9"), "\u00e9".__eq__("e\u0301"), "\u00e9".__lt__("e\u0301"))
print(frozenset(["\u00e9"]) == frozenset(["e\u0301"]))
print(ascii(dict.fromkeys(["\u00c5", "\u212b", "A\u030a"])))
print(ascii(sorted({"\U0001F600": 1, "\uffff": 2, "~": 3})))
