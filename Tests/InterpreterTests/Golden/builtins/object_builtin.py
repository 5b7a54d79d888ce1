# object() and classes deriving from object.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o == object())
class A(object):
    pass
class B:
    pass
print([c.__name__ for c in A.__mro__], [c.__name__ for c in B.__mro__])
print(issubclass(A, object), isinstance(A, object), isinstance(3, object))
sentinel = object()
def get(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return 'missing' if default is sentinel else default
    return v
print(get({'a': 1}, 'a'), get({}, 'a'), get({}, 'a', None))
