import itertools, sys; c = itertools.count(sys.maxsize); print(next(c), next(c), next(c))
