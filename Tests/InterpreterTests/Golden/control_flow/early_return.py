# return from inside loops and nested blocks.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
print(find([4, 5, 6], 5), find([4, 5, 6], 9))
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
print(first_negative([[1, 2], [3, -4], [-5, 6]]))
print(first_negative([[1]]))
def sign(x):
    if x > 0: return 1
    if x < 0: return -1
    return 0
print(sign(5), sign(-2), sign(0))
