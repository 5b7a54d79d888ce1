# itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller
rows = [('bob', 25, 'b'), ('amy', 31, 'a'), ('cy', 25, 'c')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(0, 2)(rows[1]), itemgetter('k')({'k': 'v'}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return self.name
people = [P('zed', 40), P('ann', 22)]
print(sorted(people, key=attrgetter('name')), max(people, key=attrgetter('age')))
print(list(map(methodcaller('upper'), ['a', 'b'])), methodcaller('split', ',')('x,y'))
