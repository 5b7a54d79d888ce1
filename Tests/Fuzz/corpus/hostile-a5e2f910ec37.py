import sys; print(range(-sys.maxsize - 1, sys.maxsize)[sys.maxsize])
