# spaces, then a tab that lands on the same column at tab size 8
def f():
    if True:
        a = 1
	b = 2
    return a
print(f())
