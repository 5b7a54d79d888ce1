# Output without a trailing newline before the error: the error still gets its own line.
print('partial', end='')
raise KeyError('k')
