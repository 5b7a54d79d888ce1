import sys; print(hash(sys.maxsize + 1), hash(-sys.maxsize - 1), hash(2**61 - 1), hash(-1))
