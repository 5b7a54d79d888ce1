# exc.__traceback__, frames and the traceback module.
import sys
import traceback


def leaf(n):
    local_value = n * 2
    return 1 / (n - n)


def middle(k):
    scale = 3
    return leaf(k + scale)


try:
    middle(4)
except ZeroDivisionError as error:
    tb = error.__traceback__
    names = []
    while tb is not None:
        frame = tb.tb_frame
        names.append((frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    last = error.__traceback__.tb_next.tb_next
    print(sorted(last.tb_frame.f_locals.items()))
    print(sorted(error.__traceback__.tb_next.tb_frame.f_locals.items()))
    print(error.__traceback__.tb_next.tb_frame.f_code.co_varnames)
    print(error.__traceback__.tb_next.tb_frame.f_code.co_argcount)
    for summary in traceback.extract_tb(error.__traceback__):
        print(summary.name, summary.lineno, summary.line)
    # File names differ between runs (CPython shows the script's absolute path): keep the base name.
    for chunk in traceback.format_tb(error.__traceback__):
        print(chunk.replace(__file__, "traceback_frames.py"), end="")
    print(traceback.format_exception_only(type(error), error))
    print(traceback.format_exc().splitlines()[0])
    print(traceback.format_exc().splitlines()[-1])
    info = sys.exc_info()
    print(info[0].__name__, info[2] is not None)


class Custom(Exception):
    pass


try:
    raise Custom("bad thing")
except Custom as error:
    print(traceback.format_exception_only(error))
    lines = traceback.format_exception(error)
    print(lines[0], end="")
    print(lines[-1], end="")
    print(error.__traceback__.tb_frame.f_code.co_name)

try:
    raise ValueError
except ValueError as error:
    print(traceback.format_exception_only(error))

print(traceback.format_exception_only(None))
print(sys.exc_info())
