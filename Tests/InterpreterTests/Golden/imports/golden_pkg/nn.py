# Support module for the imports/ golden programs (not a program itself).
print('golden_pkg.nn loaded')
class Module:
    def __call__(self, *args):
        return self.forward(*args)
class Linear(Module):
    def __init__(self, n_in, n_out):
        self.n_in, self.n_out = n_in, n_out
    def forward(self, x):
        return f'Linear({self.n_in}, {self.n_out}) applied to {x}'
