# An exception inside with: __exit__ runs, then it propagates.
class Ctx:
    def __enter__(self):
        print('enter')
    def __exit__(self, *args):
        print('exit')
with Ctx():
    raise TypeError('inside with')
