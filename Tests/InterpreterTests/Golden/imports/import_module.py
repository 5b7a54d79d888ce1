# import a standard module and use its attributes.
import math
import string, operator
print(math.pi, math.sqrt(16))
print(string.digits, operator.add(2, 3))
print(math.__name__, type(math).__name__)
import math as m
print(m is math, m.floor(2.7))
