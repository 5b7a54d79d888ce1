# Lambdas capture variables by reference.
n = 1
f = lambda x: x + n
print(f(10))
n = 100
print(f(10))
def make(k):
    return lambda x: x * k
double, triple = make(2), make(3)
print(double(5), triple(5))
adders = {name: (lambda v, d=delta: v + d) for name, delta in [('one', 1), ('two', 2)]}
print(adders['one'](10), adders['two'](10))
