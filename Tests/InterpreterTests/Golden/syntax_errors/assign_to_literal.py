# Assigning to a literal.
x = 2
print('never runs')
if x:
    1 = x
