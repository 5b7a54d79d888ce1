x = "{0}".format()
