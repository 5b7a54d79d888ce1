# append, extend, insert, remove, pop, clear.
a = [1, 2, 3]
a.append(4)
print(a)
a.extend([5, 6])
a.extend('ab')
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(-1, 'before last')
a.insert(100, 'end')
print(a)
a.remove('a')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.clear()
print(a, len(a))
b = []
r = b.append(1)
print(r, b)
try:
    b.remove(99)
except ValueError as e:
    print('ValueError:', e)
