# __del__ runs when the last reference goes: del, rebinding, a function's locals at return,
# temporaries, each object in a loop; inherited __del__; an explicit call does not count
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a = Tracked('a')
del a
print('after del a')

b = Tracked('b')
b = Tracked('b2')
print('after rebinding b')


def make_local():
    local = Tracked('local')
    print('in function, local is', local.name)


make_local()
print('after the function returned')

Tracked('temporary')
print('after a temporary')

for i in range(3):
    Tracked('loop %d' % i)
print('after the loop')


class Child(Tracked):
    pass


child = Child('child')
child = None
print('after the child')

c = Tracked('c')
c.__del__()
print('called explicitly')
holder = [c]
del c
print('still held by a list')
holder.pop()
print('after pop')


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1


for _ in range(100):
    Counter()
print('finalized', Counter.count)

pair = {'key': Tracked('in a dict')}
pair['key'] = 0
print('after replacing the dict value')
del b
print('end')
