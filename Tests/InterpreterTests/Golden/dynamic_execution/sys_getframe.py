# sys._getframe: the running frame and its callers, as fastcore's store_attr reads them.
import sys


def inner(x, y=2, *args, z=3, **kw):
    local = x + y
    frame = sys._getframe()
    code = frame.f_code
    print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
    print(sorted((k, v) for k, v in frame.f_locals.items() if k not in ('code', 'frame')), sorted(frame.f_locals))
    caller = sys._getframe(1)
    print(caller.f_code.co_name, sorted(caller.f_locals), caller.f_code is frame.f_back.f_code)
    print(sys._getframe(2).f_code.co_name, sys._getframe(-1).f_code.co_name)
    return frame.f_lineno


def middle(a):
    b = a * 2
    return inner(a, b, 9, z=4, extra=5)


print(middle(1) > 0)


def made():
    v = 1
    return sys._getframe()


kept = made()
print(kept.f_code.co_name, kept.f_locals)
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
print(sys._getframe(0).f_globals['__name__'], 'middle' in sys._getframe().f_locals)


class C:
    def __init__(self, p, q):
        self.p = p
        capture(self)


def capture(obj):
    frame = sys._getframe(1)
    names = frame.f_code.co_varnames[:frame.f_code.co_argcount]
    print(names, frame.f_locals[names[0]] is obj, frame.f_locals['q'])


C(1, 'two')
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)
try:
    sys._getframe('x')
except TypeError as e:
    print('TypeError:', e)
