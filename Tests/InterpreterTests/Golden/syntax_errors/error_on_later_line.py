print('line 1 is fine')
def ok():
    return 1
x = [1, 2, 3]
y = x[0
