import sys; print([1, 2, 3][::-sys.maxsize-1])
