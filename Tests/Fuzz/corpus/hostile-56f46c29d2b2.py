import sys; x = 1; x <<= 63; print(x)
