# Support package for the imports/ golden programs (not a program itself).
print('golden_pkg initialised')
VERSION = '1.0'
def helper():
    return 'helper from golden_pkg'
