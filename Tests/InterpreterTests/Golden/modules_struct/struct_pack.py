import struct
import math

print(struct.pack('i', 1), struct.pack('<i', -2), struct.pack('>I', 4000000000), struct.pack('!h', -300), struct.pack('=H', 65535))
print(struct.pack('<bBhHiIlLqQ', -1, 255, -2, 2, -3, 3, -4, 4, -5, 5))
print(struct.pack('>bBhHiIlLqQ', -128, 0, -32768, 65535, -2**31, 2**32 - 1, 7, 8, -2**63, 2**64 - 1))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.pack('@qb', 1, 2), struct.pack('@ci0q', b'x', 7), struct.pack('nNP', -1, 2, 3))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.pack('<?', 2), struct.pack('2?', 0, 1))
print(struct.pack('c3s2x5s', b'a', b'hello', b'hi'), struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'))
for code in 'efd':
    for value in (0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 1e-5, 5.96e-8, 1e-40, math.inf, -math.inf, math.nan, 3):
        try:
            packed = struct.pack('<' + code, value)
            back = struct.unpack('<' + code, packed)[0]
            print(code, value, packed, back)
        except OverflowError as e:
            print(code, value, 'OverflowError', e)
print(struct.pack('>d', math.pi), struct.pack('<f', 3.4028235e38), struct.pack('f', 1e39), struct.pack('>e', 0.333))
print(struct.pack('<f', 1.00000005960464477539), struct.pack('<f', 1.0000001788139343), struct.pack('<f', 1.401298464324817e-45), struct.pack('<f', 7e-46))

print(struct.unpack('<i', b'\xff\xff\xff\xff'), struct.unpack('<I', b'\xff\xff\xff\xff'), struct.unpack('>h', b'\x80\x00'))
print(struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -2, 2, -3, 3, -4, 4, -5, 5)))
print(struct.unpack('@bhiq', struct.pack('@bhiq', 1, 2, 3, 4)), struct.unpack('c3s2x5s', b'ahel\x00\x00hi\x00\x00\x00'))
print(struct.unpack('5p', b'\x03abc\x00'), struct.unpack('??', b'\x00\x05'), struct.unpack('>Q', bytes([1] * 8)))
print(struct.unpack_from('<H', b'\x00\x01\x02\x03', 1), struct.unpack_from('<H', b'\x00\x01\x02\x03', offset=2), struct.unpack_from('<b', b'\x01\x02', -1))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\xff\xff')))
print([struct.calcsize(f) for f in ['i', '<i', '@bhiq', '<bhiq', '@qb', '@bq', 'P', '2x3s', '@ci0q', ' i  i ', 'hh', '@lL', '<lL', '10s', '3i', '0s', '']])
s = struct.Struct('<if')
print(s.size, s.format, s.pack(1, 2.5), s.unpack(b'\x01\x00\x00\x00\x00\x00 @'))
header = struct.pack('<4sIHH', b'RIFF', 36, 1, 2)
magic, size, a, b = struct.unpack('<4sIHH', header)
print(header, magic, size, a, b, len(header))
print(struct.pack(b'<h', 5), struct.pack('<i', True), struct.unpack('<d', struct.pack('<d', 1e308)))
