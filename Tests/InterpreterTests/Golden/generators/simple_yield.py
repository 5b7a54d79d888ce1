# Generator functions with yield.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
for v in count_up(3):
    print('v', v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 50:
        break
    out.append(x)
print(out)
gen = count_up(2)
print(type(gen).__name__)
print(next(gen), next(gen), next(gen, 'done'))
