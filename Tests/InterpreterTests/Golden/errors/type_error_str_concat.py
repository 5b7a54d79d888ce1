# Concatenating str and int.
n = 5
print('n = ' + str(n))
print(f'n = {n}')
print('n = ' + n)
