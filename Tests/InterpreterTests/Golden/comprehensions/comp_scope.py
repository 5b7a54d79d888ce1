# Comprehension variables do not leak; they see enclosing variables.
x = 'outer'
squares = [x * 2 for x in range(3)]
print(x, squares)
factor = 3
print([i * factor for i in range(3)])
def f():
    base = 10
    return [base + i for i in range(3)]
print(f())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
