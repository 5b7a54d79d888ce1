import itertools, sys; c = itertools.count(-sys.maxsize - 1, -1); print(next(c), next(c))
