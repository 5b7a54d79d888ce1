# Functions defined inside functions.
def outer(x):
    def helper(y):
        return y * 2
    def another():
        return helper(x) + 1
    return another()
print(outer(5))
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return add, sub
add, sub = make_ops()
print(add(2, 3), sub(2, 3))
def recurse_inner(n):
    def go(k):
        return 1 if k == 0 else k * go(k - 1)
    return go(n)
print(recurse_inner(6))
def counter_demo():
    items = []
    def add(v):
        items.append(v)
    add(1); add(2)
    return items
print(counter_demo())
