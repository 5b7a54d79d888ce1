# Forwarding *args and **kwargs through wrappers.
def target(a, b=0, *rest, key='k', **extra):
    return f'a={a} b={b} rest={rest} key={key} extra={extra}'
def wrapper(*args, **kwargs):
    print('args', args, 'kwargs', kwargs)
    return target(*args, **kwargs)
print(wrapper(1))
print(wrapper(1, 2, 3, 4, key='K', z=26))
print(wrapper(b=5, a=6))
class BasicOptim:
    def __init__(self, params, lr): self.params, self.lr = list(params), lr
    def step(self, *args, **kwargs):
        for p in self.params: p['data'] -= p['grad'] * self.lr
    def zero_grad(self, *args, **kwargs):
        for p in self.params: p['grad'] = None
ps = [{'data': 1.0, 'grad': 0.5}, {'data': 2.0, 'grad': -1.0}]
opt = BasicOptim(ps, 0.1)
opt.step('ignored', extra=True)
opt.zero_grad()
print(ps)
