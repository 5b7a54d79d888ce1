x = "{1}".format(1)
