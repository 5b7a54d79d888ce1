# Output without a trailing newline before the error: the error still gets its own line.
print('line one')
print('partial', end='')
d = {}
raise KeyError('k')
