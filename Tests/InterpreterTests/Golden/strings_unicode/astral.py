# Code points beyond the Basic Multilingual Plane count as one character each.
grin = "\U0001F600"
print(len(grin), ord(grin), hex(ord(grin)), chr(0x1F600) == grin)
text = "a\U0001F600b\U0001F680c"
print(len(text), text[1] == grin, ascii(text[2]), ascii(text[1:4]), ascii(text[::2]))
print(text.find("b"), text.find("c"), text.rfind("\U0001F680"), text.index("c"))
print(text.find("c", 3), text.find("c", 5), text.count("\U0001F600"))
print(ascii(text[-1]), ascii(text[-2]), ascii(text[:-1]))
print(ascii([c for c in text]))
print(ascii(list(enumerate(text)))[:60])
print(ascii(text.upper()), ascii(text.split("b")))
print(len(text.encode("utf-8")), ascii(text.encode("utf-8")))
print(text.encode("utf-8").decode("utf-8") == text)
# UTF-8 order is code point order (unlike UTF-16 order, where U+10000 sorts before U+FFFF).
chars = ["\U00010000", "\uffff", "\ue000", "z", "\u00e9", "\U0001F600"]
print(ascii(sorted(chars)))
print(ascii(min(chars)), ascii(max(chars)))
print("\uffff" < "\U00010000", "\U0001F600" > "\uffff")
family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
print(len(family), ascii(family[1]), family.count("\u200d"))
flag = "\U0001F1EB\U0001F1F7"
print(len(flag), ascii(flag[0]), ascii(flag[1:]))
print(repr(grin) == "'" + grin + "'", ascii(repr("\U000e0001")))
print(grin.isprintable(), "\U000e0001".isprintable(), grin * 3 == grin + grin + grin)
print(ascii("x".join([grin, grin])), len("".join([grin] * 10)))
print(ascii(grin.center(5, "-")), ascii("{:*^5}".format(grin)))
