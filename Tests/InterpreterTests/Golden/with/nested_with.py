# Nested with blocks and several managers in one statement.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name)
with Ctx('outer') as o:
    with Ctx('inner') as i:
        print('body', o, i)
with Ctx('a') as a, Ctx('b') as b:
    print('both', a, b)
try:
    with Ctx('x'), Ctx('y'):
        raise ValueError('inner failure')
except ValueError as e:
    print('caught', e)
