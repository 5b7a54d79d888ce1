if True:
print('not indented')
x = 1
y = 2
print(x + y)
