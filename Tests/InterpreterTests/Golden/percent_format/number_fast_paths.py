# %-formatting of ints, bools and floats in loops: signs, flags, precision, radixes, negative
# zero, values too large for the fixed-point fast path, and the type errors.
print(["%d|%i|%u" % (i, -i, i * 7) for i in (0, 1, -1, 9, 10 ** 6)])
print("%d %d %5d %-5d| %05d %+d % d %+d" % (True, False, 42, 42, -42, 7, 7, -7))
print("%x %X %o %#x %#X %#o %.5d %.3x %-8.4d|" % (255, 255, 8, 255, 255, 8, 42, 10, -3))
print("%d %x" % (2 ** 70, -(2 ** 70)), "%d" % 3.99, "%i" % -2.5)
print(["%.2f" % (i * 0.5) for i in range(-3, 4)], "%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.05))
print("%.2f %.3F %f %.2f %+.1f % .1f %08.2f %-8.2f|" % (-0.0, 1 / 3, 2.5, -1.005, 3.14159, 2.0, -3.5, 1.25))
print("%.2f %.2f %.2f %f" % (1e300, -1e22, 1e-300, float("inf")), "%.1f %F" % (float("nan"), float("-inf")))
print("%.20f %#.0f %.2e %g" % (0.1, 3.0, 12345.678, 0.0001))
total = 0
for i in range(2000):
    total += len("%s-%d-%.2f" % ("a", i, i * 0.5))
print(total)
for bad in [("%d", "5"), ("%x", 2.5), ("%.2f", "x"), ("%d", None), ("%X", [1])]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError", e)
