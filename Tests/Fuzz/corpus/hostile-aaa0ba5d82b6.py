x = "{a}".format(b=1)
