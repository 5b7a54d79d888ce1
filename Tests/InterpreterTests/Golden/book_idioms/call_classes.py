# Chapter 17: layer classes with __call__ that remember their inputs and outputs.
class Relu():
    def __call__(self, inp):
        self.inp = inp
        self.out = [max(v, 0.) for v in inp]
        return self.out
    def backward(self): self.inp_g = [float(v > 0) * g for v, g in zip(self.inp, self.out_g)]
class Lin():
    def __init__(self, w, b): self.w, self.b = w,b
    def __call__(self, inp):
        self.inp = inp
        self.out = [sum(x * w for x, w in zip(inp, col)) + b for col, b in zip(self.w, self.b)]
        return self.out
class Model():
    def __init__(self, w1, b1):
        self.layers = [Lin(w1, b1), Relu()]
    def __call__(self, x):
        for l in self.layers: x = l(x)
        return x
model = Model([[1., -1.], [0.5, 2.]], [0., -1.])
print(model([2., 3.]))
print(model.layers[0].inp, model.layers[0].out, model.layers[1].out)
relu = model.layers[1]
relu.out_g = [1., 1.]
relu.backward()
print(relu.inp_g)
