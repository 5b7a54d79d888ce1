import sys; x = sys.maxsize; x *= 2; print(x)
