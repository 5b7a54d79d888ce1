# Subclasses override and extend methods.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def intro(self):
        return f'{self.name} says {self.speak()}'
class Dog(Animal):
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
class Fish(Animal):
    pass
for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Fish('nemo')]:
    print(a.intro())
