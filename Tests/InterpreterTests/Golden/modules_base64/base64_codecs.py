import base64

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), 'héllo wörld'.encode(), b'\xfb\xff\xbf']
for data in samples:
    e64 = base64.b64encode(data)
    u64 = base64.urlsafe_b64encode(data)
    e32 = base64.b32encode(data)
    e16 = base64.b16encode(data)
    ok = (base64.b64decode(e64) == data and base64.urlsafe_b64decode(u64) == data and base64.b32decode(e32) == data
          and base64.b16decode(e16) == data and base64.standard_b64decode(base64.standard_b64encode(data)) == data)
    print(e64[:40], u64[-8:], e32[:24], e16[:20], ok)
print(base64.b64encode(b'\xfb\xff', altchars=b'*!'), base64.b64decode(b'+/+/'), base64.b64decode('-_-_', altchars='-_'))
print(base64.b64decode('YW Jj\n'), base64.b64decode('YW*Jj'), base64.b64decode('YWJj===='), base64.b64decode('YQ==YWJj'), base64.b64decode(''))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b'YWJj\nZGVm\n'), base64.encodebytes(b''))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('MZXW6YQ=', map01='L'), base64.b16decode('ff00', casefold=True))
print(base64.b64encode('hi'.encode()).decode('ascii'), base64.b64decode(b'aGk=').decode())
cases = [lambda: base64.b64decode('abc'), lambda: base64.b64decode(b'ab=c'), lambda: base64.b64decode('a'),
         lambda: base64.b64decode('abcde'), lambda: base64.b64decode('é'), lambda: base64.b64encode('x'),
         lambda: base64.b16decode('abc'), lambda: base64.b16decode('ABC'), lambda: base64.b16decode('zz'),
         lambda: base64.b32decode('x'), lambda: base64.b32decode('MZXW6Y==', ), lambda: base64.b32decode('1ZXW6YQ='),
         lambda: base64.b64decode(3), lambda: base64.b64decode('YW*Jj', validate=True),
         lambda: base64.b64decode('=YWJj', validate=True), lambda: base64.b64decode('YQ==YQ==', validate=True),
         lambda: base64.b64decode('YQ=a', validate=True), lambda: base64.decodebytes('abc')]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError) as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    base64.b64decode('x')
except base64.binascii_error if hasattr(base64, 'binascii_error') else ValueError as e:
    print(isinstance(e, ValueError))
