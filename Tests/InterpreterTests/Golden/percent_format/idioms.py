# %-formatting in common idioms: padding tables, percentages, nested formatting, non-str left sides
header = "%-10s%6s%8s" % ("name", "count", "share")
print(header)
print("-" * len(header))
total = 7 + 13 + 80
for name, count in [("alpha", 7), ("beta", 13), ("gamma", 80)]:
    print("%-10s%6d%7.1f%%" % (name, count, 100.0 * count / total))
inner = "%%-%ds|" % 8
print(repr(inner), repr(inner % "pad"))
print(repr("%s" % ""), repr("" % ()))
print(10 % 3, -10 % 3, 10.5 % 3)
try:
    print([1] % 2)
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % "%s")
print("%s %s" % ("%d", "%%"))
print("%-3s|" % "\u00e9\u00e9", "%3s|" % "\u4e2d")
