# A closing bracket that does not match the opening one.
a = [1, 2]
b = (3, 4)
x = [1, 2)
print(x)
