import sys; sys.set_int_max_str_digits(640); print(len(str(10 ** 639)))
