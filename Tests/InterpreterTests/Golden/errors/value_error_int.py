# int() of a non-numeric string.
print(int('42'))
print(int(' -7 '))
print(int('ff', 16))
print(int('x'))
