# Keyword arguments in any order; mixing positional and keyword.
def describe(name, age, city='nowhere'):
    return f'{name} ({age}) from {city}'
print(describe('Ann', 30))
print(describe(age=25, name='Bob'))
print(describe('Cy', city='Oslo', age=41))
print(describe('Di', 22, 'Rome'))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
print(sorted([3, 1, 2], reverse=True))
print('a-b-c'.split(sep='-', maxsplit=1))
