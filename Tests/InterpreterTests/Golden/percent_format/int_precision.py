# precision of integer conversions is a minimum digit count; widths apply to %c too
for fmt in ["%.3d", "%6.3d", "%-6.3d|", "%+.3d", "%.0d", "%.5x", "%#.5x", "%.3o", "%#.3o", "%08.3d"]:
    print(repr(fmt), repr(fmt % 42), repr(fmt % -42))
print(repr("%.0d" % 0), repr("%.1d" % 0))
print(repr("%5c|%-3c|%c" % ("x", 65, 10)))
