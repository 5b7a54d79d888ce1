# return outside a function.
def f():
    return 1
x = f()
return x
