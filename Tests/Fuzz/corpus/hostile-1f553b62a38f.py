x = "{0.__class__.__mro__[999]}".format(1)
