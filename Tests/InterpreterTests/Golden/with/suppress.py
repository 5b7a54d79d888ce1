# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print('suppressed', exc_type.__name__, exc)
            return True
        return False
with Suppress(KeyError, ZeroDivisionError):
    {}['missing']
    print('not reached')
print('continues')
with Suppress(ZeroDivisionError):
    print(1 / 0)
try:
    with Suppress(KeyError):
        raise TypeError('not suppressed')
except TypeError as e:
    print('escaped:', e)
class Truthy:
    def __enter__(self): return None
    def __exit__(self, *args): return 1
with Truthy():
    raise RuntimeError('gone')
print('truthy return value suppresses too')
