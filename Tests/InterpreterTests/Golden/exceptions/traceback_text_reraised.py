# The printed traceback of an exception caught and re-raised: its lines and carets.
import traceback


def inner(d):
    return d["missing"] + 1


def middle(d):
    try:
        return inner(d)
    except KeyError:
        raise


def outer():
    try:
        middle({})
    except KeyError as e:
        raise e


for i in range(2):
    try:
        outer()
    except KeyError:
        # CPython names the script by its absolute path, Tessera as it was given.
        print(traceback.format_exc().replace(__file__, "program.py"))
