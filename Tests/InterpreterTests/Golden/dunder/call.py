# Instances with __call__ are callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
m = Multiplier(3)
print(m(2), m(2, y=5), callable(m), callable(Multiplier), callable(3))
class Relu:
    def __call__(self, inp):
        self.inp = inp
        self.out = [max(v, 0.) for v in inp]
        return self.out
r = Relu()
print(r([-1.0, 2.0, -0.5, 3.0]), r.inp)
fs = [Multiplier(1), Multiplier(2), abs]
print([f(-4) for f in fs])
