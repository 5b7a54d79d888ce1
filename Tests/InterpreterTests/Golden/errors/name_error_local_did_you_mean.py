# A NameError's hint looks at the locals bound when it was raised (then globals, builtins); it is
# worked out only when the traceback is printed.
def caught_many():
    n = 0
    for i in range(1000):
        try:
            undefined_thing
        except NameError:
            n += 1
    return n

print(caught_many())

def compute():
    running_total = 10
    return running_totl + 1

print(compute())
