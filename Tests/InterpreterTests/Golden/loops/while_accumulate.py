# while loops that accumulate.
n, total = 0, 0
while total < 100:
    n += 1
    total += n * n
print(n, total)
digits = []
x = 9075
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits[::-1])
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
print(stack)
