# Closures capture variables of the enclosing scope.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
