# += uses __iadd__ when present, otherwise falls back to __add__.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
a = Acc()
alias = a
a += 1
a += 2
print(a.items, alias is a)
n = Num(1)
m = n
n += 5
print(n.v, m.v, n is m)
lst = [1]
same = lst
lst += [2]
print(lst, same, lst is same)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
