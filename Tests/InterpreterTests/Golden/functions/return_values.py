# Return values: none, one, many (tuples).
def nothing():
    pass
def bare():
    return
def many():
    return 1, 'two', [3]
print(nothing(), bare())
r = many()
print(r, type(r).__name__)
a, b, c = many()
print(a, b, c)
def divmod2(a, b):
    return a // b, a % b
q, rem = divmod2(17, 5)
print(q, rem)
def early(x):
    if x:
        return 'truthy'
print(early(1), early(0))
