# partition and rpartition.
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('no separator'.partition('='))
print('no separator'.rpartition('='))
k, _, v = 'name: Ada'.partition(': ')
print(k, v)
print('a.b.c'.rpartition('.')[0])
