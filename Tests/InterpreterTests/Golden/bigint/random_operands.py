# Many operands from a fixed LCG, including limbs of all ones and powers of two (the rare
# correction steps of long division), checked through a running checksum and a few samples.
state = 12345
def word():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state

def number():
    kind = word() % 6
    limbs = word() % 9 + 1
    if kind == 0:
        value = 2 ** (64 * limbs) - 1 - word() % 3
    elif kind == 1:
        value = 2 ** (64 * limbs - 1) + word()
    elif kind == 2:
        value = (2 ** 64 - 1) << (64 * (limbs - 1))
    else:
        value = 0
        for _ in range(limbs):
            value = (value << 64) | word()
        value >>= word() % 64
    return -value if word() % 3 == 0 else value

checksum = 0
samples = []
for i in range(600):
    a, b = number(), number()
    if b == 0:
        b = 7
    q, r = divmod(a, b)
    assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b)
    results = [a + b, a - b, a * b, q, r, a // b, a % b, a & b, a | b, a ^ b, ~a, a >> (i % 200), a << (i % 70),
               abs(a) ** (i % 4), pow(a, 3, b), hash(a), a == b, a < b, a >= b, a / b, float(a), len(str(a)), int(str(a)[-15:]), int(hex(b)[-9:].lstrip('x-') or '0', 16),
               int(str(a)) == a, int(hex(a), 16) == a, int(bin(b), 0) == b, round(a, -(i % 25))]
    for value in results:
        checksum = (checksum * 31 + hash(value)) % (2 ** 61 - 1)
    if i % 100 == 0:
        samples.append((a % 10 ** 12, q % 10 ** 12, r % 10 ** 12, a / b))
print(checksum)
for s in samples:
    print(s)

# Long operands: Karatsuba multiplication (past 48 limbs) and long division against each other.
def long_number(limbs):
    value = 0
    for _ in range(limbs):
        value = (value << 64) | word()
    return value

checksum = 0
for i in range(40):
    a, b = long_number(word() % 300 + 40), long_number(word() % 200 + 40)
    p = a * b
    q, r = divmod(p + i, b)
    assert q == a and r == i
    s = (a + 1) * (a - 1)
    assert s == a * a - 1 and s // (a - 1) == a + 1
    checksum = (checksum * 31 + hash(p) + hash(p * p % (b + 1)) + hash(p >> 1000) + hash(s ^ p)) % (2 ** 61 - 1)
print(checksum, (a * b).bit_length(), hex(a * b)[:20])
