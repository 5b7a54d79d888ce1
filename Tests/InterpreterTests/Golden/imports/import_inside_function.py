# Imports are statements: they can appear inside functions and run once.
def circle_area(r):
    import math
    return math.pi * r * r
print(circle_area(1), circle_area(2))
def uses_from():
    from operator import mul
    return mul(6, 7)
print(uses_from())
try:
    math
except NameError as e:
    print('NameError:', e)
