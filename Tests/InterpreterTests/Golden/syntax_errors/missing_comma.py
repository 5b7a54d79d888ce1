# Two list elements without a comma between them.
a = [1, 2, 3]
b = [4, 5, 6]
items = [1, 2 3]
print(items)
