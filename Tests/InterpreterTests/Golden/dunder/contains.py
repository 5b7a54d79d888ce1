# __contains__ drives `in` and `not in`.
class Evens:
    def __contains__(self, x):
        print('checking', x)
        return x % 2 == 0
e = Evens()
print(4 in e, 5 in e, 5 not in e)
class Bag:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
    def __len__(self):
        return len(self.items)
b = Bag(1, 'two')
print('two' in b, 3 in b, len(b))
class Weird:
    def __contains__(self, x):
        return 1
print(0 in Weird())
