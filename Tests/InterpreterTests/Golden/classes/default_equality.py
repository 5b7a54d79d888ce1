# Without __eq__, objects compare by identity.
class Thing:
    def __init__(self, v):
        self.v = v
a = Thing(1)
b = Thing(1)
c = a
print(a == b, a == c, a != b, a is c)
print(a in [b], a in [c])
print([a, b].count(a), [a, b].index(b))
d = {a: 'a'}
print(d[a], b in d)
