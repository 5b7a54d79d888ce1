# int.to_bytes, int.from_bytes and int.bit_count on small and big ints, signed and unsigned.
for value, length, signed in [(0, 1, False), (255, 1, False), (-1, 1, True), (-128, 1, True), (2 ** 64, 9, False),
                              (2 ** 100 + 12345, 13, False), (-(2 ** 100), 13, True), (2 ** 127 - 1, 16, True),
                              (-(2 ** 127), 16, True), (0, 0, False)]:
    big = value.to_bytes(length, 'big', signed=signed)
    little = value.to_bytes(length, 'little', signed=signed)
    print(value, big, little, int.from_bytes(big, 'big', signed=signed), int.from_bytes(little, 'little', signed=signed))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (5).to_bytes(), int.from_bytes(b'\x00\x10'), int.from_bytes([1, 2, 3], 'little'))
print(int.from_bytes(bytes([255] * 20), 'big'), int.from_bytes(bytes([255] * 20), 'big', signed=True), int.from_bytes(b'', 'big'), bool.from_bytes(b'\x01', 'big'))
print((2 ** 100 - 1).bit_count(), (-(2 ** 70) - 1).bit_count(), (0).bit_count(), (255).bit_count(), (-7).bit_count())
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('too big', lambda: (2 ** 64).to_bytes(8, 'big'))
attempt('signed edge', lambda: (128).to_bytes(1, 'big', signed=True))
attempt('negative unsigned', lambda: (-1).to_bytes(1, 'big'))
attempt('negative length', lambda: (1).to_bytes(-1, 'big'))
attempt('byteorder', lambda: (1).to_bytes(1, 'middle'))
attempt('from range', lambda: int.from_bytes([256], 'big'))
