# dir() asks a class's __dir__ (and a module's __dir__ function), then sorts what it answers.
class Delegating:
    def __init__(self, inner):
        self.inner = inner
    def __getattr__(self, name):
        return getattr(self.inner, name)
    def __dir__(self):
        return ['inner', 'zeta'] + [n for n in dir(self.inner) if not n.startswith('_')]

class Inner:
    def __init__(self):
        self.weight = 1
    def forward(self):
        return self.weight

d = Delegating(Inner())
print(dir(d))
print(d.weight, d.forward())

class AsTuple:
    def __dir__(self):
        return ('b', 'a')
print(dir(AsTuple()))

class Plain:
    x = 1
print([n for n in dir(Plain()) if not n.startswith('__')])
print([n for n in dir(Plain) if not n.startswith('__')])

class NotAList:
    def __dir__(self):
        return 42
try:
    dir(NotAList())
except TypeError as e:
    print('TypeError:', e)

class Mixed:
    def __dir__(self):
        return ['a', 1]
try:
    dir(Mixed())
except TypeError as e:
    print('TypeError:', e)
