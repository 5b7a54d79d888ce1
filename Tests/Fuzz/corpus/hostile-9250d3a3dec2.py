import sys; print(len(range(-1, sys.maxsize)))
