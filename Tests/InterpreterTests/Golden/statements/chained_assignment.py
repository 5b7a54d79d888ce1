# Chained assignment binds the same object to every target.
a = b = 0
print(a, b)
a += 1
print(a, b)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = r = 'same'
print(p, q, r)
i = j = k = 1, 2
print(i, j, k)
m, n = o = (3, 4)
print(m, n, o)
lst = [0, 0]
idx = lst[0] = 1
print(idx, lst)
