# float() from strings and ints.
print(float('3.5'), float(' -1e3 '), float('1_000.5'), float('.5'), float('5.'))
print(float('inf'), float('-inf'), float('nan'), float('-Infinity'))
print(float(3), float(-0), float(True), float(), float(2 ** 60))
for bad in ['abc', '', '1.2.3']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
print(float('1e-5'), float('1E16'))
