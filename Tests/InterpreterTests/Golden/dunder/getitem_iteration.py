# Objects with only __getitem__ are iterable until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
sq = Squares(5)
print(list(sq))
for v in Squares(3):
    print(v)
print(9 in sq, 10 in sq)
a, b, c = Squares(3)
print(a, b, c)
print(sum(Squares(4)), sorted(Squares(3), reverse=True))
