# finally runs before the uncaught exception is reported.
try:
    print('try')
    {}['x']
finally:
    print('finally')
