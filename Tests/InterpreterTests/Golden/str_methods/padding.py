# center, ljust, rjust, zfill, expandtabs.
print('[' + 'hi'.center(6) + ']', '[' + 'hi'.center(7, '*') + ']', '[' + 'hi'.center(1) + ']')
print('[' + 'hi'.ljust(5) + ']', '[' + 'hi'.rjust(5, '.') + ']', '[' + 'long'.ljust(2) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('a\tb'.expandtabs(4), repr('a\tb'.expandtabs()))
for name, val in [('loss', 0.5), ('accuracy', 0.95)]:
    print(name.ljust(10) + str(val).rjust(6))
