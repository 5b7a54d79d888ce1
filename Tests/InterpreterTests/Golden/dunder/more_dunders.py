# Other numeric dunders: floordiv, mod, pow, abs, comparison reflection.
class N:
    def __init__(self, v):
        self.v = v
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __abs__(self): return N(abs(self.v))
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f'N({self.v})'
print(N(7) // 2, N(7) % 3, N(2) ** 5, abs(N(-4)))
print(N(1) < N(2), N(2) > N(1), N(2) >= N(2), N(3) <= N(2))
try:
    N(1) + N(2)
except TypeError as e:
    print('TypeError:', e)
