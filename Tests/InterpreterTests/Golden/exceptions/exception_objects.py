# Exception objects: args, str, repr and the `as` name being cleared.
e1 = ValueError('bad value', 42)
print(e1.args, str(e1), repr(e1))
e2 = KeyError('k')
print(str(e2), repr(e2), e2.args)
e3 = Exception()
print(repr(str(e3)), repr(e3), e3.args)
e4 = RuntimeError('one')
print(str(e4), repr(e4))
print(isinstance(e1, Exception), type(e2).__name__)
try:
    raise TypeError
except TypeError as err:
    print('bare class raised:', repr(err))
try:
    err
except NameError as ne:
    print('NameError:', ne)
