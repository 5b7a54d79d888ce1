# Indexing past the end of a list.
a = [1, 2, 3]
print(a[2], a[-3])
i = len(a)
print(a[i])
