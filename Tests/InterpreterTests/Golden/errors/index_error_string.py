# Indexing past the end of a string.
s = 'abc'
print(s[-3])
print(s[-4])
