# Importing a module that does not exist.
import math
print(math.floor(1.5))
from math import sqrt
import fastai_missing_module
