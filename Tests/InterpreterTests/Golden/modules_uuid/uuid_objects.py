import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.bytes, u.bytes_le)
for text in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
             'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(text) == u, end=' ')
print()
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID(int=u.int, version=4)
print(v, v.version, v.variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version, uuid.NAMESPACE_X500)
print(uuid.UUID(int=0), uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.UUID(int=2**128 - 1).variant)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, sorted([b, a]), hash(a) == hash(1), int(b), a == 1, len({a, uuid.UUID(int=1)}))
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r)[14], str(r)[19] in '89ab', len(r.hex), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t != uuid.uuid1(), t.node == uuid.getnode())
print(len({uuid.uuid4() for _ in range(1000)}))
for bad in [lambda: uuid.UUID('1234'), lambda: uuid.UUID(), lambda: uuid.UUID(bytes=b'abc'), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(int=1, version=9), lambda: setattr(u, 'int', 5), lambda: uuid.UUID('g' * 32),
            lambda: uuid.UUID(hex='1' * 32, int=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
