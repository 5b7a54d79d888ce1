# Strings are immutable; methods return new strings.
s = 'hello'
t = s
s += ' world'
print(s, '|', t)
u = t.upper()
print(t, u)
try:
    t[0] = 'H'
except TypeError as e:
    print('TypeError:', e)
print(t.replace('h', 'H'), t)
