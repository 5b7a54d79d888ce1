import sys; sys.set_int_max_str_digits(640); x = str(10 ** 640)
