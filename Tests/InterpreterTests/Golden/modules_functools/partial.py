# functools.partial fixes some arguments.
from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2('1010'), int2('111'))
def greet(greeting, name, punct='!'):
    return f'{greeting}, {name}{punct}'
hello = partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'))
