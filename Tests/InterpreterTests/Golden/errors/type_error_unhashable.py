# Using a list as a dict key.
d = {}
key = [1, 2]
d[key] = 'value'
