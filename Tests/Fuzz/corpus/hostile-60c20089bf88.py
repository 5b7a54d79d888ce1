import sys; print(sys.maxsize + 1, -sys.maxsize - 2, sys.maxsize * sys.maxsize)
