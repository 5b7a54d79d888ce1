import sys; x = -sys.maxsize - 1; x //= -1; print(x)
