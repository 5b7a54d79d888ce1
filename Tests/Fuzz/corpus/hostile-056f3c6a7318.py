import sys; x = sys.maxsize; x += 1; print(x)
