# a walrus target that was never assigned is an unbound local at run time
def f(flag):
    if flag and (value := 5):
        pass
    return value

print(f(True))
print(f(False))
