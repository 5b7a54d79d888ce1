# global lets a function rebind a module-level name.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def make_new():
    global brand_new
    brand_new = 'created inside'
make_new()
print(brand_new)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
