# a negative * width means left-justified with that width
print(repr("%*d|" % (-6, 42)))
print(repr("%*s|" % (-4, "ab")))
print(repr("%*.*f|" % (-9, 2, 3.14159)))
print(repr("%0*d|" % (-5, 7)))
