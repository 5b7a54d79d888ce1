# A closing parenthesis with no opening one.
a = 1
b = 2
x = a + b)
print(x)
