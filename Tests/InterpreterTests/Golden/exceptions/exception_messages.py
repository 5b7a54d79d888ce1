# str() of common built-in exceptions.
def msg(f):
    try:
        f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
print(msg(lambda: 1 / 0))
print(msg(lambda: 1 // 0))
print(msg(lambda: 1 % 0))
print(msg(lambda: 1.0 / 0))
print(msg(lambda: 1.0 // 0.0))
print(msg(lambda: divmod(1, 0)))
print(msg(lambda: [1, 2][5]))
print(msg(lambda: (1, 2)[5]))
print(msg(lambda: 'ab'[5]))
print(msg(lambda: {'a': 1}['b']))
print(msg(lambda: {1: 1}[2]))
print(msg(lambda: [].pop()))
print(msg(lambda: [1].remove(2)))
print(msg(lambda: [1].index(2)))
print(msg(lambda: 'abc'.index('z')))
print(msg(lambda: {}.popitem()))
print(msg(lambda: set().pop()))
print(msg(lambda: set().remove(1)))
print(msg(lambda: float('x')))
print(msg(lambda: int('4.5')))
print(msg(lambda: chr(-1)))
print(msg(lambda: ord('ab')))
