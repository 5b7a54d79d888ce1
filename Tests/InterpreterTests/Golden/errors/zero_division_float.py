# Float division by zero.
rate = 1.5
print(rate / 2)
print(rate // 1)
print(rate / 0.0)
