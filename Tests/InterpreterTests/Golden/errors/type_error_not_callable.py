# Calling something that is not callable.
items = [1, 2, 3]
print(len(items))
items(0)
