# an exception thrown into a delegating generator and not caught ends the program
def inner():
    yield 1
    yield 2

def outer():
    yield from inner()

g = outer()
print(next(g))
g.throw(RuntimeError("thrown through two generators"))
