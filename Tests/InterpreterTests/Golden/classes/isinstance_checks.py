# isinstance and type checks with classes and built-in types.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(A(), B))
print(isinstance(3, (str, int)), isinstance('s', (list, tuple)), isinstance(True, int))
print(isinstance(3.0, float), isinstance(3, float), isinstance([], list), isinstance({}, dict))
print(type(b) == B, type(b) == A, type(3) is int, type('') is str)
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, (int, A)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError))
print(type(A), type(int), type(type))
