import sys; print(list(zip(range(sys.maxsize - 1, sys.maxsize + 1), "ab")))
