# type() of values and type names.
values = [1, 1.5, 'a', True, None, [1], (1,), {'a': 1}, {1}, range(1)]
for v in values:
    print(type(v), type(v).__name__)
print(type(1) is int, type(1) == float, type('') is str)
print(type(int), type(type(1)), type(1)(3.7), type('x')(5))
class A: pass
print(type(A()), type(A()).__name__, type(A) is type)
