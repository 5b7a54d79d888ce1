# def f(x): return 3*x**2 + 2*x + 1, its numerical derivative, and plotting-style sampling.
def f(x): return 3*x**2 + 2*x + 1
def df(x): return 6*x + 2
def numeric_grad(fn, x, h=1e-5): return (fn(x + h) - fn(x - h)) / (2 * h)
for x in [-1.5, 0, 1, 2.5]:
    print(x, f(x), df(x), round(numeric_grad(f, x), 4))
xs = [i / 4 for i in range(-4, 5)]
print([f(x) for x in xs])
def g(x): return x**2
print(g(-1.5), g(3.), sum(g(x) for x in [3., 4., 10.]))
