# float() of a bad string.
print(float('1e-5'))
print(float(' 2.5 '))
text = 'abc'
print(float(text))
