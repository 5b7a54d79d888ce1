# enumerate and zip in loops.
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
print(list(zip(names, ages, 'xyz')))
print(list(enumerate('ab', 10)))
