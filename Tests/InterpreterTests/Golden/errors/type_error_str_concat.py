# Concatenating str and int.
n = 5
print('n = ' + n)
