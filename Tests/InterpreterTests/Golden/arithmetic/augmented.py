# Augmented assignment on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
class P:
    pass
p = P()
p.data = 1.0
lr, g = 0.5, 4.0
p.data -= lr * g
print(p.data)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
print(lst)
c = {}
c[0, 1] = 1
c[0, 1] += 5
print(c)
s = 'ab'
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
