import sys; print(list(range(0, sys.maxsize, sys.maxsize // 2)))
