# with calls __enter__ and __exit__; `as` binds __enter__'s result.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return f'resource {self.name}'
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type)
        return False
with Managed('a') as r:
    print('inside with', r)
print('after')
with Managed('b'):
    print('no as')
def use():
    with Managed('c') as r:
        return r + ' returned'
print(use())
for i in range(3):
    with Managed(str(i)):
        if i == 1:
            break
print('loop done')
