# nonlocal at module level.
def f():
    return 1
print(f())
nonlocal y
