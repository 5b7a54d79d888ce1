# Literals that look alike but have different code points stay different constants.
def lengths():
    a = "\u00e9"
    b = "e\u0301"
    c = "\u00e9"
    return len(a), len(b), len(c), a == b, a == c

print(lengths())
print(len("\u00e9"), len("e\u0301"), len("\u212b"), len("\u00c5"), len("A\u030a"))
keys = {"\u212b": 1, "\u00c5": 2, "A\u030a": 3}
print(len(keys), keys["\u212b"], keys["\u00c5"], keys["A\u030a"])
print("\u212b" == "\u00c5", "\u00c5" == "A\u030a")
print(["\u00e9", "e\u0301"].index("e\u0301"), ("\u00e9", "e\u0301").count("\u00e9"))
print("e\u0301" in ["\u00e9"], "\u00e9" in {"e\u0301"})
