# Assigning to a function call.
def f():
    return 1
print('never runs')
f() = 3
