# try/finally inside a generator runs when the generator completes.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for v in gen():
    print(v)
print('after loop')
def gen2():
    for i in range(3):
        try:
            yield i
        except ValueError:
            pass
print(list(gen2()))
