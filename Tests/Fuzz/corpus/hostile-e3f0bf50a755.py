import sys; print("a,b".split(",", sys.maxsize))
