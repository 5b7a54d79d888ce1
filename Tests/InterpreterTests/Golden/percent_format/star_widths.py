# %-formatting with * for width and precision taken from the argument tuple
print(repr("%*d" % (6, 42)))
print(repr("%-*d|" % (6, 42)))
print(repr("%.*f" % (2, 3.14159)))
print(repr("%*.*f" % (10, 3, 3.14159)))
print(repr("%*s|%-*s|" % (4, "a", 4, "b")))
print(repr("%0*d" % (5, 7)))
print(repr("%.*s" % (3, "abcdef")))
print(repr("%*.*e" % (12, 1, 1234.5)))
for width in range(0, 5):
    print(repr("[%*d]" % (width, 12)))
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 100.0)]
name_width = max(len(name) for name, _ in rows)
for name, price in rows:
    print("%-*s %8.2f" % (name_width, name, price))
