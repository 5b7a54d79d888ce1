# A def without an indented body.
x = 1
def f():
return 1
print(f())
