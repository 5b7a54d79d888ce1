# Basic unpacking and swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = 'hi'
print(p, q)
first, second = range(2)
print(first, second)
(m, n) = (5, 6)
[u, v] = (7, 8)
print(m, n, u, v)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
params = (0.5, -1.0, 2.0)
a, b, c = params
t = 3.0
print(a * (t ** 2) + (b * t) + c)
