x = "{:d}".format(1.5)
