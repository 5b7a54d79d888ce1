import sys; print(list(enumerate([1], start=sys.maxsize)))
