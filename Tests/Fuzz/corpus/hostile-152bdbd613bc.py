import sys; print(len(range(-2**64, 2**64)))
