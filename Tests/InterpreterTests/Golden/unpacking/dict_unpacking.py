# ** and * unpacking in literals and calls.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a, **b})
print({**b, **a})
print({**a, 'x': 100, 'w': 0})
print([*a, *b])
print((*a.values(), *b.values()))
print(sorted({*'hello', *'world'}))
def show(x, y, z=0):
    return x + y + z
print(show(**a), show(**{**a, **b}))
