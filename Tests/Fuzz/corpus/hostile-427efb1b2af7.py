import sys; print(sum([sys.maxsize, sys.maxsize, -sys.maxsize]))
