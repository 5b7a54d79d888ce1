# nonlocal lets an inner function rebind a variable of the enclosing function.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed'
    inner()
    return x
print(outer())
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(no_nonlocal())
