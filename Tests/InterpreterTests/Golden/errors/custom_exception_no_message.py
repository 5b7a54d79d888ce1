# An uncaught user-defined exception raised as a bare class.
class Stop(Exception):
    pass
print(issubclass(Stop, Exception))
raise Stop
