# AttributeError wording.
class A:
    pass
def msg(f):
    try:
        f()
    except AttributeError as e:
        return f'AttributeError: {e}'
print(msg(lambda: A().b))
print(msg(lambda: A.b))
print(msg(lambda: None.x))
print(msg(lambda: (1).real_part))
print(msg(lambda: 'abc'.push))
print(msg(lambda: [].push(1)))
print(msg(lambda: {}.add))
import math
print(msg(lambda: math.tau2))
