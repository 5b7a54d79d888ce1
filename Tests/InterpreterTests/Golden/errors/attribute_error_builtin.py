# A missing method on a built-in type.
items = [3, 1, 2]
items.append(4)
print(items)
items.push(5)
