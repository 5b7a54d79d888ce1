# Decorators that take arguments.
def repeat(times):
    def decorate(f):
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def ping(x):
    return 'ping ' + str(x)
print(ping(1))
def prefix(p='>> '):
    def decorate(f):
        def wrapper(s):
            return p + f(s)
        return wrapper
    return decorate
@prefix()
def ident(s): return s
@prefix(p='## ')
def upper(s): return s.upper()
print(ident('a'), upper('b'))
