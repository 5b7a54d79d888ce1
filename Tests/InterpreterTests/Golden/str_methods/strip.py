# strip, lstrip, rstrip with and without characters; removeprefix/removesuffix.
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '00120'.lstrip('0'), '1.500'.rstrip('0'))
print(repr(''.strip()), repr('   '.strip()))
print('test_file.py'.removesuffix('.py'), 'test_file.py'.removeprefix('test_'), 'abc'.removeprefix('x'))
