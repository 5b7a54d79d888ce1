import sys; print((-sys.maxsize - 1) * -1, (-sys.maxsize - 1) - 1)
