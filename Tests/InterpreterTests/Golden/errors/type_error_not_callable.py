# Calling something that is not callable.
items = [1, 2, 3]
print(len(items))
print(items[0])
items(0)
