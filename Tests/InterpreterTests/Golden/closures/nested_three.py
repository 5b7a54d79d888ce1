# Three levels of nesting with nonlocal and global.
g = 'global'
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b + len(g)
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def outer():
    x = 'x1'
    def middle():
        def inner():
            return x
        return inner
    x = 'x2'
    return middle()()
print(outer())
