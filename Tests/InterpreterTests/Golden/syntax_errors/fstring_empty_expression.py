# An f-string with an empty replacement field.
x = 3
print(f'value: {x}')
y = f'value: {}'
print(y)
