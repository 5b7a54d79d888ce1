# any() and all() short-circuit over iterables.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]))
print(any([0, 1]), all([1, 0]), any('abc'), all(''))
def noisy(x):
    print('check', x)
    return x
print(any(noisy(x) for x in [0, 2, 3]))
print(all(noisy(x) for x in [1, 0, 3]))
print(all(x > 0 for x in range(1, 5)), any(x > 4 for x in range(5)))
