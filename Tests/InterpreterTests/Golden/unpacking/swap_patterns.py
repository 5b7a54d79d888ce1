# Multiple assignment evaluates the right side first.
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
lst = [3, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 'x'
print(i, lst)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
class P: pass
p = P()
p.w, p.b = 1.5, -0.5
print(p.w, p.b)
