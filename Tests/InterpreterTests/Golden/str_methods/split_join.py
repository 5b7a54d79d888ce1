# split, rsplit, splitlines and join.
s = '  the quick  brown fox  '
print(s.split())
print(s.split(' '))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('one two three'.split(maxsplit=1), ''.split(), ''.split(','))
print('a-b-c'.split('-', -1), 'abc'.split('x'))
print('l1\nl2\r\nl3\n'.splitlines(), 'l1\nl2\n'.splitlines(True), ''.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join([]), ' '.join(str(i) for i in range(3)))
print('::'.join(('x',)))
