# Class attributes are shared; instance attributes shadow them.
class Dog:
    species = 'canis'
    count = 0
    tricks = []
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog('rex')
b = Dog('fido')
print(Dog.count, a.species, b.species)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
a.add_trick('sit')
print(b.tricks, Dog.tricks)
Dog.species = 'changed'
print(a.species, b.species)
print(hasattr(a, 'name'), hasattr(Dog, 'name'))
