x = "{:=}".format("a")
