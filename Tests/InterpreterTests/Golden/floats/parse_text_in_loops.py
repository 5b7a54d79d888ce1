# float() and int() of text, many times: plain decimals, spaces, signs, exponents, underscores,
# special values, and the errors for text they reject.
texts = ["1.5", "-2", "+3.25", "1e5", "1E-3", ".5", "5.", "  7.5\n", "1_000.5", "inf", "-Infinity",
         "nan", "1e500", "-1e500", "0.1", "123456789012345678901234567890", "00012", "-0.0"]
print([float(t) for t in texts])
total = 0.0
for i in range(1000):
    total += float(str(i) + ".5")
print(total)
for bad in [".", "1e", "--1", "1..2", "", " ", "e5", "1_", "0x10", "1e+", "+", "١٢"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print("ValueError", e)

print([int(t) for t in ["12", " 34 ", "-5", "+6", "0", "1_000", "\t7\n", "٣"]], sum(int(str(i)) for i in range(1000)))
for bad in ["x", "1.5", "", " ", "1__0", "_1", "١x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
print(int("ff", 16), int("0x1f", 0), int(" 0b101 ", 0))
