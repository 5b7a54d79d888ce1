import sys; r = range(-1, sys.maxsize); print(r[-1], r[0], r.count(5), r.index(5))
