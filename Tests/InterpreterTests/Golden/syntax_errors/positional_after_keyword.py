# A positional argument after a keyword argument.
def f(a, b):
    return a
print(f(1, b=2))
f(a=1, 2)
