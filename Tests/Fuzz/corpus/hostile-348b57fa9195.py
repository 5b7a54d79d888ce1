import sys; print(list(range(sys.maxsize, -sys.maxsize - 1, -sys.maxsize)))
