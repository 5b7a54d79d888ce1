# %-formatting flags (-, +, space, 0, #) combined with widths and precision
for fmt in ["%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "% 5d", "%-06d|"]:
    print(repr(fmt), repr(fmt % 42), repr(fmt % -42))
for fmt in ["%8.3f", "%-8.3f|", "%08.3f", "%+.2f", "% .2f", "%+08.2f", "%#.0f", "%10.2e", "%-12.3E|", "%#g", "%010.4g"]:
    print(repr(fmt), repr(fmt % 3.14159), repr(fmt % -2.5))
for fmt in ["%#8x", "%#08x", "%-#8o|", "%+x", "%08X"]:
    print(repr(fmt), repr(fmt % 255))
print(repr("%5s|%-5s|%5r" % ("a", "b", "c")))
for value in [float("inf"), float("-inf"), float("nan")]:
    print(repr("%f %5.1f %e %g %010f" % (value, value, value, value, value)))
print(repr("%.2f %.2f %.2f" % (0.125, 0.375, 2.675)))
print(repr("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5)))
print(repr("%d" % 2**62), repr("%x" % 2**62))
