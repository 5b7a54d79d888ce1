# Exceptions raised while handling others, and in finally.
def f():
    try:
        raise KeyError('a')
    except KeyError:
        raise IndexError('b')
try:
    f()
except IndexError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)
def g():
    try:
        return 1
    finally:
        print('finally in g')
print(g())
def h():
    try:
        raise ValueError('first')
    finally:
        print('cleanup before propagating')
try:
    h()
except ValueError as e:
    print('propagated:', e)
