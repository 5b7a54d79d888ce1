# The same keyword argument twice.
def f(**kw):
    return kw
print(f(a=1))
f(a=1, a=2)
