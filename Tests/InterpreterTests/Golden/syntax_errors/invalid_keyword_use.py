# A keyword used as a variable name.
name = 'A'
print(name)
class = 3
print(class)
