# __exit__ receives the exception and runs even when the body fails.
class Guard:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit got', exc_type.__name__ if exc_type else None, repr(exc))
try:
    with Guard():
        print('body')
        raise ValueError('oops')
        print('unreachable')
except ValueError as e:
    print('propagated:', e)
with Guard() as g:
    print('clean body', type(g).__name__)
