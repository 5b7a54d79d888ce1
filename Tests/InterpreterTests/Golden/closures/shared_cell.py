# Closures created in the same scope share the variable, and see later changes.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
def late():
    x = 1
    def show():
        return x
    x = 2
    return show
print(late()())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
