# String concatenation and repetition.
s = 'ab' + 'cd'
print(s)
print('ab' * 3, 3 * 'xy', 'z' * 0, 'z' * -2, repr('q' * 0))
s += '!'
print(s)
parts = ''
for i in range(5):
    parts += str(i)
print(parts)
print('-' * 20)
print(('a' + 'b') * 2 + 'c')
print(len('abc' * 100))
