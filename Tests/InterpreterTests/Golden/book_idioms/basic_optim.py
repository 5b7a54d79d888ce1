# Chapter 4: BasicOptim with *args/**kwargs and params.data -= lr * grad on plain objects.
class Param:
    def __init__(self, data): self.data, self.grad = data, None
    def __repr__(self): return f'Param({self.data:.4f})'
class BasicOptim:
    def __init__(self,params,lr): self.params,self.lr = list(params),lr
    def step(self, *args, **kwargs):
        for p in self.params: p.data -= p.grad * self.lr
    def zero_grad(self, *args, **kwargs):
        for p in self.params: p.grad = None
w, b = Param(2.0), Param(-1.0)
opt = BasicOptim([w, b], lr=0.1)
xs, ys = [1., 2., 3.], [3., 5., 7.]
for epoch in range(3):
    preds = [w.data * x + b.data for x in xs]
    w.grad = sum(2 * (p - y) * x for p, y, x in zip(preds, ys, xs)) / len(xs)
    b.grad = sum(2 * (p - y) for p, y in zip(preds, ys)) / len(xs)
    opt.step()
    opt.zero_grad()
    print(epoch, w, b, w.grad)
