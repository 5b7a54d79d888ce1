# __exit__ returning False lets the exception escape the with block, uncaught.
class Logged:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit sees', exc_type.__name__, exc)
        return False
with Logged():
    print('body')
    [1, 2, 3].index(4)
print('not reached')
