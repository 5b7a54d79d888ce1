# finally runs on return; a return inside finally overrides.
def f():
    try:
        return 'from try'
    finally:
        print('finally runs before returning')
print(f())
def g():
    try:
        return 'from try'
    finally:
        return 'from finally'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallows the exception'
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append('f' + str(i))
    return out
print(loop())
