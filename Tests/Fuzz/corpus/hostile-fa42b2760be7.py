import sys; it = enumerate("abc", sys.maxsize - 1); print(next(it), next(it), next(it))
