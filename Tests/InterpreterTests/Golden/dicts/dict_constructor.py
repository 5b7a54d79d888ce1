# dict() from pairs, keyword arguments and other dicts.
print(dict([('a', 1), ['b', 2]]))
print(dict(one=1, two=2))
print(dict({'x': 1}, y=2))
print(dict(zip(['k', 'l'], [True, False])))
print(dict(enumerate('ab')))
print(dict([]), dict())
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
