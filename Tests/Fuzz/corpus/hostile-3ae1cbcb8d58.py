import sys; print(pow(3, 5, -sys.maxsize-1))
