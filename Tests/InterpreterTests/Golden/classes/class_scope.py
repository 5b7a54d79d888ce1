# Names in a class body are not visible inside methods without self. or ClassName.
class Counter:
    step = 2
    def bump(self, x):
        return x + self.step
    def bump_class(self, x):
        return x + Counter.step
    def broken(self, x):
        return x + step
c = Counter()
print(c.bump(1), c.bump_class(1))
try:
    c.broken(1)
except NameError as e:
    print('NameError:', e)
