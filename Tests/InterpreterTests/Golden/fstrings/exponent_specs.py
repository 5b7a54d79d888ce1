# Exponent and general format specs.
x = 12345.6789
print(f'{x:e}')
print(f'{x:.2e}')
print(f'{x:E}')
print(f'{0.000123:e}')
print(f'{x:g}', f'{0.0001:g}', f'{0.00001:g}', f'{1e16:g}', f'{123456789:g}')
print(f'{x:.3g}', f'{100.0:g}', f'{1.5:g}')
print(f'{0.0:e}', f'{-1.0:.1e}')
print(f'{1e-5}', f'{1e-5:f}', f'{1e-5:.7f}')
