# Formatting ints in other bases with format().
for n in [0, 5, 255, 4096, -10]:
    print(n, format(n, 'b'), format(n, 'o'), format(n, 'x'), format(n, '#x'))
print(int(format(12345, 'x'), 16))
print(format(10, '08b'))
