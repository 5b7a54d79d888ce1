# an uncaught TypeError from %-formatting with too many arguments
print("%s" % ("one",))
print("%s" % ("one", "two"))
