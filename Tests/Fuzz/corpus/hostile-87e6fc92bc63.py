import sys; print(abs(-sys.maxsize - 1), -(-sys.maxsize - 1))
