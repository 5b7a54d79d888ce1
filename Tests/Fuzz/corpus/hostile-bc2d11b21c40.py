import sys; print(list(range(-sys.maxsize - 1, -sys.maxsize + 1)))
