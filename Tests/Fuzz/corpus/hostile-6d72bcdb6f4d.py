import sys; print(range(-2**64, 2**64)[2**64])
