import sys; print(len(range(0, sys.maxsize, 2)), len(range(-sys.maxsize, sys.maxsize, 3)))
