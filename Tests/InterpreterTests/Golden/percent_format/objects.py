# %-formatting calls __str__, __repr__, __int__/__index__ and __float__ of user objects
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Number:
    def __index__(self):
        return 10

    def __float__(self):
        return 2.5


p = Point(1, 2)
print("%s %r" % (p, p))
print("%s" % [p])
print("%d %x %o" % (Number(), Number(), Number()))
print("%s|%5s|%-5s|" % (p, "ab", "cd"))
print("%s" % (p,))
t = (1, 2, 3)
print("%s" % (t,))
print("%s %s %s" % t)
msg = "value=%s"
for v in [0, -1, 1.25, "s", None]:
    print(msg % v)
s = "%d items"
s %= 3
print(s)
print("%s-%s" % ("a", "b") * 2)
print("%d" % 1 + "0")
