import sys; print(list(range(sys.maxsize - 2, sys.maxsize)))
