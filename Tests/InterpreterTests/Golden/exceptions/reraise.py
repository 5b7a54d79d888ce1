# Bare raise re-raises the current exception.
def risky():
    raise RuntimeError('original')
def wrapper():
    try:
        risky()
    except RuntimeError:
        print('logging and re-raising')
        raise
try:
    wrapper()
except RuntimeError as e:
    print('outer got', e)
def convert():
    try:
        int('x')
    except ValueError as e:
        err = e
    return err
e = convert()
print(type(e).__name__, e.args)
try:
    raise e
except ValueError as again:
    print('raised stored exception:', again)
