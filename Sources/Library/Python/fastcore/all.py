from fastcore.basics import *
from fastcore.foundation import *
