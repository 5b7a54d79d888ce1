import sys; print(max(range(-sys.maxsize - 1, sys.maxsize, 2**62)))
