# Subscripting None.
def find(x):
    if x > 0:
        return [x]
result = find(-1)
print(result)
print(result[0])
