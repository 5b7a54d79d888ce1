import sys; print(list(reversed(range(sys.maxsize - 2, sys.maxsize))))
