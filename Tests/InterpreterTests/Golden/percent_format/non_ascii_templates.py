# %-formatting of templates and arguments outside ASCII: literal text is copied whole, widths and
# precisions count code points, and error positions are code-point indices
print("é%sü%d€" % ("ß", 3))
print("[%5s|%-5s|%.2s|%5.1s]" % ("é", "ab", "xyzé", "éa"))
print("%c%c%c" % ("é", 65, 0x1F600))
print("%(ключ)s-%(b)d" % {"ключ": "ü", "b": 2})
print("%r %a" % ("é", "é"))
print("日本%s語%05d|%-6.2f|" % ("→", -42, 3.14159))
print("%d %i %u|%5d|%-5d|%+d|% d|%x" % (0, -7, 12345678901234, 4, -5, 7, 8, 255))
print("%s" % "e\u0301", len("%3s" % "e\u0301"))
for bad in ["%é", "ab%é", "é%y", "€€%q", "é%"]:
    try:
        print(bad % (1,))
    except Exception as e:
        print(repr(bad), type(e).__name__ + ":", e)
