# A statement inside a lambda.
square = lambda x: x * x
print(square(3))
f = lambda x: return x
print(f(1))
