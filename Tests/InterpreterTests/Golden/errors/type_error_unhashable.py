# Using a list as a dict key.
d = {}
d[(1, 2)] = 'tuple keys are fine'
print(d)
key = [1, 2]
d[key] = 'value'
