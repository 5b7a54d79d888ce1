# A missing method on a built-in type.
items = [3, 1, 2]
items.push(4)
