# Iterating over an int.
n = 5
for i in range(n):
    pass
for i in n:
    print(i)
