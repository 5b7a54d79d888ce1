# An exception raised while handling another.
try:
    1 / 0
except ZeroDivisionError:
    print('handling')
    raise ValueError('while handling')
