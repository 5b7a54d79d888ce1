# del of a literal.
x = 5
del x
print('never runs')
del 5
