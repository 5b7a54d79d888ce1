# Conditional expressions, nested and in different positions.
def relu(x): return x if x >= 0 else 0
print([relu(v) for v in [-2, -0.5, 0, 1.5, 3]])
n = 15
print('fizzbuzz' if n % 15 == 0 else 'fizz' if n % 3 == 0 else 'buzz' if n % 5 == 0 else n)
for n in range(1, 16):
    print('FizzBuzz' if n % 15 == 0 else 'Fizz' if n % 3 == 0 else 'Buzz' if n % 5 == 0 else n, end=' ')
print()
a = 1 if True else 1 / 0
print(a)
f = (lambda v: 'even' if v % 2 == 0 else 'odd')
print(f(4), f(7))
print((1 if False else 2) + 10)
