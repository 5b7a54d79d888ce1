x = format(1.5, "." + str(2**31) + "f")
