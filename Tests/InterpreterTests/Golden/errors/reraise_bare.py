# A bare raise re-raises the caught exception.
try:
    [].pop()
except IndexError:
    print('cleaning up')
    raise
