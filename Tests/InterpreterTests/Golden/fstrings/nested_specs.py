# Format specs built from expressions.
width = 10
prec = 3
x = 2.718281828
print(f'[{x:{width}.{prec}f}]')
print(f'[{x:>{width}}]')
for w in (4, 6):
    print(f'[{"ab":{w}}]')
fill = '.'
print(f'[{"mid":{fill}^{width}}]')
print(f'{x:.{prec}e}')
