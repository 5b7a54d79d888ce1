# Other common str methods and operations.
s = 'Hello'
print(s.upper().lower(), s[::-1].upper(), s * 2)
print(len('a b c'.split()), len(s), s.lower().count('l'))
print('x'.join('123'), ','.join(map(str, [1.5, 2])))
print('%'.join(['a', 'b']))
print('tab\tsep'.split('\t'), 'CSV;data'.lower().split(';'))
print('abc' < 'abd', 'abc' * 0 == '')
print(str.upper('x'), str.join('-', ['a', 'b']))
words = 'The Quick Brown Fox'.split()
print(' '.join(w[0] for w in words), '_'.join(w.lower() for w in words))
print('ab' in 'cabd', 'hello'.index('l'), 'hello'.rfind('l'))
