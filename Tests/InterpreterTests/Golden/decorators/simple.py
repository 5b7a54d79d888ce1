# A decorator wraps a function.
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('ann'))
def trace(f):
    def wrapper(*args):
        print('calling', f.__name__, args)
        result = f(*args)
        print('returned', result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
