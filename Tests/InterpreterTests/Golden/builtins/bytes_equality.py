# bytes compare, order and hash by value, as byte strings
a = b'\x89PNG'
b = bytes([0x89, 0x50, 0x4E, 0x47])
print(a == b, a != b, a is b, b'ab'[:1] == b'a', b'' == bytes())
print(b'ab' < b'b', b'ab' < b'abc', b'\xff' > b'\x00\xff', b'abc' <= b'abc', b'b' >= b'ba')
print(sorted([b'b', b'a\xff', b'', b'a']))
print(hash(a) == hash(b), {a: 1}[b], len({b'x', b'x', bytes(b'x')}))
print(b'a' == 'a', b'a' in [b'b', b'a'], [b'a', b'b'].index(b'b'))
counts = {}
for chunk in [b'ab', b'cd', b'ab']:
    counts[chunk] = counts.get(chunk, 0) + 1
print(counts)
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError:', e)
