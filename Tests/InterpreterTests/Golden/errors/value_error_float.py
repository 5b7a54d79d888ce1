# float() of a bad string.
print(float('abc'))
