# Chapter 17: relu as a conditional expression, sqrt-scaled init, statistics of a list.
from math import sqrt
def relu(x): return x if x >= 0 else 0
def mean(xs): return sum(xs) / len(xs)
def std(xs):
    m = mean(xs)
    return sqrt(sum((x - m) ** 2 for x in xs) / len(xs))
vals = [(-1) ** i * i * 0.5 for i in range(10)]
print(vals)
acts = [relu(v) for v in vals]
print(acts, round(mean(acts), 4), round(std(acts), 4))
scale = sqrt(2 / 100)
print(scale, [round(v * scale, 4) for v in vals[:4]])
inputs, weights, bias = [1., 2., 3.], [0.2, -0.5, 0.1], 0.3
output = sum([x*w for x,w in zip(inputs,weights)]) + bias
print(output, relu(output))
