# Assigning to a name later in the function makes it local.
x = 10
def f():
    print(x)
    x = 5
f()
