# for i in range(n) accumulations (sums, products, running lists).
n = 10
s = 0
p = 1
squares = []
for i in range(n):
    s += i
    p *= i + 1
    squares.append(i * i)
print(s, p, squares)
running = []
acc = 0.0
for x in [0.5, 0.25, 0.125, 0.0625]:
    acc += x
    running.append(acc)
print(running)
mean = sum(squares) / len(squares)
var = sum((x - mean) ** 2 for x in squares) / len(squares)
print(mean, var)
