# The same parameter given positionally and by keyword.
def f(a, b):
    return a - b
f(1, a=2)
