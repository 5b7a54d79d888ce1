# Properties are inherited and can be overridden.
class Base:
    @property
    def name(self):
        return 'base'
    def describe(self):
        return 'I am ' + self.name
class Child(Base):
    @property
    def name(self):
        return 'child of ' + super().name
print(Base().describe(), '|', Child().describe())
class Lazy:
    def __init__(self):
        self._value = None
        self.computed = 0
    @property
    def value(self):
        if self._value is None:
            self.computed += 1
            self._value = sum(range(10))
        return self._value
z = Lazy()
print(z.value, z.value, z.computed)
