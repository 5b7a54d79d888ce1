# A string literal that is not closed on its line.
name = 'ok'
print(name)
s = 'never closed
print(s)
