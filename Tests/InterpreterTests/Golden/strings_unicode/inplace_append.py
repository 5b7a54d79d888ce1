# s += t appends; other references to the old string never see the change.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s

print(len(build(1000)), build(25))

def aliasing():
    s = "ab"
    t = s
    s += "c"
    print(s, t)
    saved = []
    for ch in "xyz":
        saved.append(s)
        s += ch
    print(s, saved)
    d = {"k": s}
    s += "!"
    print(s, d["k"])
    u = s
    s += s
    print(s, u)
    e = ""
    e += "\u00e9"
    e += "e\u0301"
    e += "\U0001F600"
    print(len(e), ascii(e), e.isascii(), e[2] == "\u0301")
    h = "key"
    table = {h: 1}
    h += "2"
    table[h] = 2
    print(sorted(table), hash(h) == hash("key2"), h == "key2")

aliasing()

def grow_words(words):
    out = ""
    for w in words:
        out += w
        out += " "
    return out

print(grow_words(["caf\u00e9", "na\u00efve", "\U0001F600"]).strip().split(" "))
