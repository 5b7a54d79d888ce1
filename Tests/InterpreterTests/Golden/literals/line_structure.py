# Line structure: backslash continuation, brackets, semicolons, statements after a colon.
total = 1 + \
        2 + \
        3
print(total)
values = [1,
          2,
  3]
print(values)
a = 1; b = 2; c = a + b; print(c)
if c == 3: print('same line body')
for i in range(3): print('loop', i)
while c > 0: c -= 1
print(c)
def f(x): return x * 2
print(f(21))
class P: pass
print(P.__name__)
x = (1 +
     2) * (
    3)
print(x)
if True: a = 10; b = 20; print(a + b)
# a comment line
print('end')  # trailing comment
