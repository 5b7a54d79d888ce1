"""fastcore.all: everything fastcore.foundation exports."""
from fastcore.foundation import *
