# str.format: fields, conversions, accessors and nested specs; specs whose fill is a code point
class Point:
    def __init__(self):
        self.x = 3
        self.y = [4, 5]

p = Point()
print("{}-{:>5}-{:.2f}".format("a", 7, 7 * 0.5))
print("{0!r:>8}|{0!s}|{0!a}|{x[0]}|{y.real}|{1:{w}.{p}f}".format("é", 2.5, x=[9], y=3, w=8, p=3))
print("{0.x} {0.y[1]} {k[é]}".format(p, k={"é": "ü"}))
print("{:é>6}|{:→^7}|{:*<4}|".format(42, "ab", -1.5))
print("{:,} {:_} {:08.3f} {:+} {: } {:#x} {:=+8}".format(1234567, 7654321, -2.5, 5, 6, 255, -3))
print("{:5}|{:<5}|{:^5}|{:.1}|{:.0f}".format("é", True, None if False else "x", "hé", 2.5))
print("é{}ü{{}}€{}".format("ß", "日本"))
for spec in ["5é", ".", "99999999999999999999999"]:
    try:
        print(repr(("{:" + spec + "}").format(1)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)
for bad in ["{0!x}", "{", "}", "{0}{}", "{}{0}", "{5}", "{nope}"]:
    try:
        print(bad.format(1))
    except Exception as e:
        print(repr(bad), type(e).__name__ + ":", e)
