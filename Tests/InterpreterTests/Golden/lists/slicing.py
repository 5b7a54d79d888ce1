# List slicing, including negative steps and out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::4])
print(a[::-1], a[::-3], a[8:2:-2], a[-1:-5:-1], a[2:8:-1])
print(a[100:], a[-100:2], a[5:5], a[:])
c = a[:]
c[0] = 'changed'
print(a[0], c[0])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
print(nested)
print(a[slice(1, 4)], a[slice(None, None, -2)])
