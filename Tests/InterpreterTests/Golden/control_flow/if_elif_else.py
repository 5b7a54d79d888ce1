# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
x = 7
if x % 2:
    print('odd')
if x > 100:
    print('never')
elif x > 5:
    print('greater than 5')
if not x:
    pass
else:
    print('x is truthy')
