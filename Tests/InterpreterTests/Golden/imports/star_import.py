# from module import * brings public names into the namespace.
from math import *
print(sqrt(81), pi, floor(3.9), isclose(0.1 + 0.2, 0.3))
from string import *
print(ascii_uppercase[:5])
