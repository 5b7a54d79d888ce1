# True, False, None and Ellipsis.
print(True, False, None, ...)
print(repr(None), repr(...), repr(True))
print(... is Ellipsis)
print(type(None).__name__, type(True).__name__, type(...).__name__)
print(True + True, True * 10, False - 1)
print(None is None, None == None, None == 0, None == False)
print(not None, not ..., bool(...))
print([None, True, ...])
x = None
print(x is None, x is not None)
print(str(None) + '!', str(False) + '?')
