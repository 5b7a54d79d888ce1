# Local, enclosing, global and builtin scopes (LEGB).
x = 'global x'
def f():
    x = 'local x'
    def g():
        return x
    return g()
print(f(), x)
def uses_builtin():
    return len('abc')
def shadows_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_builtin(), shadows_builtin(), len('abc'))
def reads_global():
    return x.upper()
print(reads_global())
y = 1
def modify():
    global y
    y = y + 1
modify(); modify()
print(y)
