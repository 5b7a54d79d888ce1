# Iterating over strings.
for ch in 'abc':
    print(ch, ord(ch))
print(list('hello'))
print([c.upper() for c in 'xyz'])
count = 0
for ch in 'mississippi':
    if ch == 's':
        count += 1
print(count)
print(tuple('ab'), ''.join(reversed('stressed')))
for i, ch in enumerate('hey'):
    print(i, ch, end='; ')
print()
