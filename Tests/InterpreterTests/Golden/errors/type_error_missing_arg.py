# A missing required argument.
def f(a, b):
    return a + b
f(1)
