# = instead of == in a condition.
x = 1
print('never runs')
if x = 1:
    pass
