# str.format with positional, keyword, index and format specs.
print('{} + {} = {}'.format(1, 2, 3))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{x}/{y}'.format(x=1, y=2))
print('{:08.3f}|{:<6}|{:^7}|{:>5}'.format(3.14159, 'l', 'c', 'r'))
print('{:,}'.format(9876543210))
print('{0.real} {1[0]}'.format(5, ['first']))
print('{:%}'.format(0.125), '{:.1e}'.format(123456))
data = {'name': 'Ada', 'year': 1815}
print('{name} ({year})'.format(**data))
print('{!r:>8}'.format('x'))
