# Indexing before the start of a string.
s = 'abc'
print(s[-3])
for i in [-1, -2, -4]:
    print(s[i])
