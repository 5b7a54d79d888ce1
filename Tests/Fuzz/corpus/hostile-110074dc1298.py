import sys; print(1 << 63, 1 << 64, -1 << 63, 3 << 62)
