# Functions are values: pass, return, store them.
def square(x): return x * x
def cube(x): return x ** 3
def apply(f, values): return [f(v) for v in values]
print(apply(square, [1, 2, 3]), apply(cube, [1, 2, 3]))
ops = {'sq': square, 'cube': cube, 'neg': lambda x: -x}
for name in ['sq', 'cube', 'neg']:
    print(name, ops[name](4))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(square, cube)(2), compose(cube, square)(2))
fs = [square, cube]
print([f(3) for f in fs], square.__name__, fs[1].__name__)
alias = square
print(alias(9), alias is square, callable(alias))
def f(x): return 3*x**2 + 2*x + 1
print([f(x) for x in range(-2, 3)])
