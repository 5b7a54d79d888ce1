# is* predicates and startswith/endswith.
tests = ['abc', 'ABC', 'Abc', '123', 'abc123', '', ' ', ' \t\n', '1.5', 'Hello World']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(),
          t.islower(), t.istitle(), t.isnumeric(), t.isdecimal())
print('filename.py'.endswith('.py'), 'filename.py'.startswith('file'))
print('image.png'.endswith(('.jpg', '.png')), 'x'.startswith(('a', 'b')))
print('abc'.startswith('b', 1), 'abc'.endswith('b', 0, 2), ''.startswith(''))
