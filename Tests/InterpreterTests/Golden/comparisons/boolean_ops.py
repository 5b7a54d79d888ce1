# and / or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or '' or None)
print('' and 'x', 'a' and 'b' and 'c', None or 'default')
print(not 0, not 3, not '', not [0], not None)
print([] or [1], {} and 'x', (0,) and 'nonempty tuple')
def side(name, value):
    print('called', name)
    return value
print(side('a', False) and side('b', True))
print(side('c', True) or side('d', True))
print(side('e', True) and side('f', 0) or side('g', 'last'))
x = None
name = x or 'anon'
print(name)
