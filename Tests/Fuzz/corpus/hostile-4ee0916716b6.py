import sys; print(reversed(range(-sys.maxsize - 1, sys.maxsize)).__next__())
