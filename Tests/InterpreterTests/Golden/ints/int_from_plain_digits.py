# int(text) reads a sign and up to 18 digits straight from the bytes; everything else goes
# through the full parser. Both must agree with CPython.
samples = ["0", "7", "-7", "+7", "007", "-000", "123456789012345678", "-123456789012345678",
           "999999999999999999", "1234567890123456789", "9223372036854775807", "9223372036854775808",
           "-9223372036854775808", "-9223372036854775809", "1_000", " 42 ", "\t-5\n", "+", "-", "",
           "12a", "1 2", "--1", "+-1", "0x10", "١٢٣", "1_", "_1", "0_0", "00012345678901234567"]
for s in samples:
    try:
        v = int(s)
        print(repr(s), "->", v, type(v).__name__)
    except ValueError as e:
        print(repr(s), "ValueError:", e)

print(int("0755", 8), int("ff", 16), int("-101", 2), int("z", 36), int("0x1f", 0), int("12", 10))
print(sum(int(str(i)) for i in range(-500, 500)))

class Text(str):
    pass
print(int(Text("5")), int(Text("-12")), int(str(Text("5"))))
