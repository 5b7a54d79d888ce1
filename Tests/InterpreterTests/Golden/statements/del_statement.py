# del on names, list items, slices, dict keys and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class A:
    pass
a = A()
a.v = 1
del a.v
print(hasattr(a, 'v'))
p, q = 1, 2
del p, q
try:
    print(q)
except NameError as e:
    print('NameError:', e)
