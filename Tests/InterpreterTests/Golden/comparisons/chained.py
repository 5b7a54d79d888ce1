# Chained comparisons evaluate each operand once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 0)
print(1 == 1 == 1.0, 1 == 1 != 2, 1 < 3 > 2)
a = b = c = 7
print(a == b == c, a is b is c)
def val(n):
    print('eval', n)
    return n
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(0 <= x <= 5, 0 <= x < 5)
print(1 < 2 in [2, 3], 'a' < 'b' < 'c')
