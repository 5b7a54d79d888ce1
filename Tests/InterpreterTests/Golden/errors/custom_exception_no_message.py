# An uncaught user-defined exception without arguments.
class Stop(Exception):
    pass
raise Stop
