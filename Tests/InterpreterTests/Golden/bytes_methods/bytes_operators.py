import struct
import base64

a, b = b'abc', b'\x00\xff'
print(a + b, b + a, a + b'', b'' + b'', a * 3, 2 * b, a * 0, a * -1, b'' * 5)
print(struct.pack('<H', 1) + struct.pack('<H', 2), base64.b64encode(b'x') + b'==')
print(98 in a, 0 in b, 255 in b, 7 in a, b'bc' in a, b'' in a, b'ac' in a, b'\x00\xff' in b)
print(b', '.join([b'x', b'y', b'z']), b''.join([]), b'-'.join([a]), b'+'.join(x for x in [b'1', b'2']))
print(a.startswith(b'ab'), a.startswith((b'x', b'a')), a.endswith(b'bc'), a.endswith(b'abcd'), a.startswith(b''))
print(a.find(b'c'), a.find(b'z'), a.find(98), a.find(b''), b'abab'.count(b'ab'), b'aaa'.count(b'a'), b'abc'.count(b''))
print(b'a b  c\n'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'  x  y  '.split(None, 1), b''.split(), b''.split(b','))
print(b'  hi\n'.strip(), b'xxhixx'.strip(b'x'), b'\t\r\n'.strip(), b'hello'.replace(b'l', b'L'), b'hello'.replace(b'l', b'', 1), b'ab'.replace(b'', b'-'))
for bad in [lambda: a + 'x', lambda: a + 1, lambda: 'x' + a, lambda: 256 in a, lambda: 'a' in a, lambda: b','.join([b'a', 'b']),
            lambda: a.startswith('a'), lambda: a.find('a'), lambda: a.split(b''), lambda: a * 1.5, lambda: a.strip('a')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
