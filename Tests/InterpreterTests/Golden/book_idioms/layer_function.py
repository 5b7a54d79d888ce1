# Chapter 17: the LayerFunction base class with __call__(self, *args).
class LayerFunction():
    def __call__(self, *args):
        self.args = args
        self.out = self.forward(*args)
        return self.out
    def forward(self):    raise Exception('not implemented')
    def bwd(self):       raise Exception('not implemented')
    def backward(self):  self.bwd(self.out, *self.args)
class Grad:
    def __init__(self, v): self.v, self.g = v, None
    def __repr__(self): return f'Grad({self.v}, g={self.g})'
class Relu(LayerFunction):
    def forward(self, inp): return Grad(max(inp.v, 0.))
    def bwd(self, out, inp): inp.g = (1. if inp.v > 0 else 0.) * out.g
class Mse(LayerFunction):
    def forward (self, inp, targ): return Grad((inp.v - targ) ** 2)
    def bwd(self, out, inp, targ): inp.g = 2 * (inp.v - targ)
x = Grad(3.)
r = Relu()
y = r(x)
m = Mse()
loss = m(y, 1.)
print(r.args, r.out, loss)
m.backward()
y_g = y.g
r.out.g = y_g
r.backward()
print(x, y)
for args in [(), (1,)]:
    try:
        LayerFunction()(*args)
    except Exception as e:
        print(type(e).__name__, e)
