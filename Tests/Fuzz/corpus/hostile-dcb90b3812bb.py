import itertools, sys; print(list(itertools.accumulate([sys.maxsize, sys.maxsize, sys.maxsize])))
