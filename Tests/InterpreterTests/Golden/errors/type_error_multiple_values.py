# The same parameter given positionally and by keyword.
def f(a, b):
    return a - b
print(f(b=1, a=2))
f(1, a=2)
