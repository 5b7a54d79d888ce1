# Equality between different types, and ordering errors.
print(1 == '1', [] == (), None == 0, 1 == 1.0, 'a' == ['a'])
print(1 != '1', None != False)
try:
    print(1 < '2')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print(None > 0)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError:', e)
