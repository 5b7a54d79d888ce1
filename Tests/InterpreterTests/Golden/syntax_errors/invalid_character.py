# A character that is not part of the language.
a = 5
b = 3
x = a $ b
print(x)
