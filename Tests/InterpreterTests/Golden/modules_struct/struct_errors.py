import struct

pack_cases = [('i', 2**31), ('<i', 2**31), ('l', 2**63), ('<l', 2**40), ('q', 2**63), ('<Q', -1), ('I', -1), ('b', 200),
              ('B', -1), ('h', 40000), ('<H', -1), ('i', 1.5), ('<f', 1e39), ('e', 1e6), ('c', b'ab'), ('s', 'x'),
              ('d', 'x'), ('n', 2**64), ('<n', 1), ('z', 1), ('x', 1), ('<I', -1), ('<I', 2**32), ('<q', 2**63),
              ('I', 2**32), ('<i', -2**31 - 1), ('L', -1), ('<L', -1), ('N', -1), ('<e', 70000.0), ('i', '3'), ('3', 1)]
for fmt, value in pack_cases:
    try:
        print(fmt, struct.pack(fmt, value))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
for args in [('ii', 1), ('i', 1, 2), ('i',)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print(args, e)
for fmt, data in [('i', b'ab'), ('<hh', b'abc'), ('2s', b'abcdef'), ('i', 'abcd')]:
    try:
        struct.unpack(fmt, data)
    except (struct.error, TypeError) as e:
        print(fmt, type(e).__name__, e)
for call in [lambda: struct.unpack_from('i', b'abcd', 2), lambda: list(struct.iter_unpack('<h', b'abc')),
             lambda: struct.iter_unpack('', b''), lambda: struct.calcsize(5)]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__)
