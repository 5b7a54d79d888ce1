# Integer format specs: width, zero padding, separators, bases, sign.
n = 1234567
print(f'{n:,}', f'{n:_}', f'{-n:,}')
print(f'[{42:5d}]', f'[{42:<5}]', f'[{42:^5}]', f'[{42:05d}]', f'[{-42:05d}]')
print(f'{255:x} {255:X} {255:o} {255:b}')
print(f'{255:#x} {255:#o} {255:#b} {255:08b}')
print(f'{5:+d} {-5:+d} {5: d}')
print(f'{0:,} {999:,} {1000:,}')
print(f'{n:>12,}|')
print(f'{42:f}', f'{42:.2f}', f'{42:e}')
print(f'{True:d}', f'{True}')
print(f'{65:c}')
