# Big ints hash as CPython does (modulo 2**61 - 1) and equal ints and floats are one dict key.
for v in [2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 2 ** 100, -(2 ** 100), 2 ** 61 - 2, -(2 ** 61) + 1, 10 ** 30, 2 ** 1000 + 7]:
    print(hash(v), v.__hash__() == hash(v))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(2 ** 100) == hash(2.0 ** 100), hash(-(2 ** 70)) == hash(-(2.0 ** 70)), hash(2 ** 63) == hash(2.0 ** 63))
d = {2 ** 64: 'a', 2 ** 100: 'b', -(2 ** 70): 'c', 2 ** 63: 'd'}
print(d[2.0 ** 64], d[2 ** 100], d.get(2.0 ** 100), d[-(2.0 ** 70)], d[9.223372036854776e18], d.get(2 ** 64 + 1))
d[2.0 ** 64] = 'z'
print(len(d), d[2 ** 64], list(d.keys())[0], 2 ** 64 in d, 2 ** 64 + 1 in d, float(2 ** 100) in d)
s = {2 ** 80, 2.0 ** 80, 2 ** 80 + 1, 1 << 80, (1 << 81) >> 1}
print(len(s), sorted(s))
print(len({10 ** 20 + i for i in range(1000)} | {10 ** 20 + i for i in range(500, 1500)}))
print({(2 ** 70, 1): 5}[(2 ** 70, 1)], hash((2 ** 70, 1)) == hash((2.0 ** 70, 1)), (2 ** 70, 1) == (2.0 ** 70, 1))
print(len(set([x * 2 ** 64 for x in range(100)] + [x * 2.0 ** 64 for x in range(100)])))
