# Instances take arbitrary attributes; getattr/setattr/hasattr/delattr-free use.
class Box:
    pass
b = Box()
b.g = [1, 2]
b.label = 'box'
print(b.g, b.label)
setattr(b, 'size', 10)
print(b.size, getattr(b, 'size'), getattr(b, 'missing', 'default'))
print(hasattr(b, 'size'), hasattr(b, 'nope'))
for name in ['a', 'b', 'c']:
    setattr(b, name, name * 2)
print([getattr(b, n) for n in ['a', 'b', 'c']])
b.g.append(3)
print(b.g)
try:
    b.nothing
except AttributeError as e:
    print('AttributeError:', e)
